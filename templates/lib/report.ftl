<#-- Helpers shared by the report templates. Functions return plain text; the calling template escapes it. -->
<#assign blank = "[to be completed by the rapporteur]">
<#assign unknownGroup = "Stakeholder group not known">

<#-- The people of the session with one role (organizer, speaker, moderator, online-moderator, rapporteur). -->
<#function withRole people role><#return people?filter(p -> p.roles?seq_contains(role))></#function>

<#-- "Name, Affiliation (Stakeholder group, Region)", leaving out what is not known, and a region that only repeats the
     group (the IGF's pages give "Intergovernmental Organization" as both). -->
<#function person p>
  <#local detail = [p.stakeholderGroup!, (p.region! != p.stakeholderGroup!)?then(p.region!, "")]?filter(x -> x?has_content)>
  <#local text = p.name + hearingRole(p)>
  <#if p.affiliation?has_content><#local text += ", " + p.affiliation></#if>
  <#if detail?has_content><#local text += " (" + detail?join(", ") + ")"></#if>
  <#return text + inferredNote(p)>
</#function>

<#-- The questions' heading: a hearing's are the members' questions to its witnesses, not an audience's. -->
<#function questionsHeading session><#if (session.kind!"") == "hearing"><#return "Members' questions"></#if><#return "Audience questions"></#function>

<#-- " (witness)" or " (member)" for someone of a hearing, else "". -->
<#function hearingRole p><#if p.hearingRole??><#return " (" + p.hearingRole + ")"></#if><#return ""></#function>

<#-- " [inferred from what they said: affiliation, stakeholder group]" for fields not from the session page. -->
<#function inferredNote p>
  <#if !(p.inferred?has_content)><#return ""></#if>
  <#local names = {"name": "name", "affiliation": "affiliation", "stakeholderGroup": "stakeholder group", "region": "region"}>
  <#return " [inferred from what they said: " + p.inferred?map(f -> names[f]!f)?join(", ") + "]">
</#function>

<#-- The participant figure the inputs suggest, for the form's field: "112 (attendance export: ...)". -->
<#function participantsSuggestion participation>
  <#if !(participation.estimate??) || !(participation.estimate.participants??)><#return ""></#if>
  <#local e = participation.estimate>
  <#local split = []>
  <#if e.onsite??><#local split += [e.onsite?c + " onsite"]></#if>
  <#if e.online??><#local split += [e.online?c + " online"]></#if>
  <#return "suggested: " + e.participants?c + split?has_content?then(" (" + split?join(", ") + ")", "") + " — " + e.basis + "; to confirm">
</#function>

<#-- "at least 3 as stated (2 women, 1 gender-diverse: A, B, C) — <note>; to confirm", or "" when nobody stated it. -->
<#function womenSuggestion participation>
  <#if !(participation.womenAndGenderDiverse??)><#return ""></#if>
  <#local w = participation.womenAndGenderDiverse>
  <#local split = []>
  <#if w.women gt 0><#local split += [w.women?c + (w.women == 1)?then(" woman", " women")]></#if>
  <#if w.genderDiverse gt 0><#local split += [w.genderDiverse?c + " gender-diverse"]></#if>
  <#return "suggested: at least " + w.atLeast?c + " (" + split?join(", ") + ": " + w.people?join(", ") + ") — " + w.note + " To confirm">
</#function>

<#-- "workshop, ran 94 minutes" from the session's kind and actual length, where known. -->
<#function actualRun session>
  <#local parts = []>
  <#if session.kind??><#local parts += [session.kind]></#if>
  <#if session.actualMinutes??><#local parts += ["ran " + session.actualMinutes?round?c + " minutes"]></#if>
  <#return parts?join(", ")>
</#function>

<#function personList people role>
  <#local names = withRole(people, role)?map(p -> person(p))>
  <#return names?has_content?then(names?join("; "), "not listed")>
</#function>

<#-- Speaking time as m:ss. -->
<#function clock seconds><#local s = seconds?round><#return (s / 60)?floor?c + ":" + (s % 60)?string("00")></#function>

<#-- A 0..1 share as a percentage with one decimal. -->
<#function pct share><#return (share * 100)?string("0.0") + "%"></#function>

<#-- Where a piece of evidence was found: "Speaker, file:line, time". -->
<#function cite e>
  <#local where = e.file!e.source>
  <#if e.line??><#local where += ":" + e.line?c></#if>
  <#return [e.speaker!, where, e.time!]?filter(x -> x?has_content)?join(", ")>
</#function>

<#-- Stakeholder groups of the positions, in order of first appearance. -->
<#function positionGroups positions>
  <#local groups = []>
  <#list positions as p><#local g = p.stakeholderGroup!unknownGroup><#if !groups?seq_contains(g)><#local groups += [g]></#if></#list>
  <#return groups>
</#function>

<#function positionsOf positions group><#return positions?filter(p -> (p.stakeholderGroup!unknownGroup) == group)></#function>

<#-- How a question reached the panel, as report.json's channel says (an older report.json: its source's usual way). -->
<#function channelWords q>
  <#local channel = q.channel!((q.source == "transcript")?then("floor", q.source))>
  <#return {"floor": "from the floor", "online": "by voice from online", "hub": "from a remote hub",
    "chat": "through the chat", "qa": "through the Q&A"}[channel]!("via " + channel)>
</#function>

<#-- A hearing's members ask aloud in the chamber: no "from the floor" for them, only the other ways in. -->
<#function questionNote q session>
  <#local parts = [q.asker!"unnamed"]>
  <#local channel = channelWords(q)>
  <#if !((session.kind!"") == "hearing" && channel == "from the floor")><#local parts += [channel]></#if>
  <#if q.relayedBy??><#local parts += ["read out by " + q.relayedBy]></#if>
  <#if q.answered??><#local parts += [q.answered?then("answered", "not answered")]></#if>
  <#if q.upvotes??><#local parts += [q.upvotes?c + (q.upvotes == 1)?then(" upvote", " upvotes")]></#if>
  <#return parts?join(", ")>
</#function>

<#-- "from 20 respondents · mean 2.3" and the like: what a poll's figures rest on. -->
<#function pollAbout poll>
  <#local about = [poll.type!]>
  <#if poll.responses??><#local about += [poll.responses?c + " respondents"]></#if>
  <#if poll.mean??><#local about += ["mean " + poll.mean?string("0.0#")]></#if>
  <#if poll.source??><#local about += ["from " + poll.source]></#if>
  <#return about?filter(x -> x?has_content)?join(" · ")>
</#function>

<#-- Whether the talk took up a policy question, as the tool judged it. -->
<#function coverage c><#return c.addressed?then("addressed in the talk", "not found addressed in the talk")></#function>

<#-- "General Data Protection Regulation; Article 22; also: the GDPR": what an entity stands for (unless it is shown
     by it), the parts of it cited and the other forms counted with it. -->
<#function entityNotes e>
  <#local notes = []>
  <#if e.expansion?? && e.expansion != e.text><#local notes += [e.expansion]></#if>
  <#if (e.provisions![])?has_content><#local notes += [e.provisions?join(", ")]></#if>
  <#if (e.forms![])?has_content><#local notes += ["also: " + e.forms?join(", ")]></#if>
  <#return notes?join("; ")>
</#function>

<#-- Instruments and acronyms the talk defined: listed one by one with their first mention; other entities in a line. -->
<#function noted e><#return e.type == "INSTRUMENT" || e.expansion??></#function>
