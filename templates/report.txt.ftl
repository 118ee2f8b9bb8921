<#-- IGF session report, plain text laid out like the IGF report form, for pasting field by field. -->
<#import "lib/report.ftl" as lib>
<#macro heading text>

${text?upper_case}
${""?left_pad(text?length, "=")}

</#macro>
<#macro evidence items label=""><#list items as e>
     [<#if label?has_content>${label}: </#if>${lib.cite(e)}] "${e.quote}"
</#list></#macro>
<#macro none text="None found in the inputs.">
(${text})
</#macro>
IGF SESSION REPORT (DRAFT)

Session title: ${session.title}
Session code: ${session.code!"not stated"}<#if session.otherCodes?has_content> (also ran as ${session.otherCodes?join(", ")})</#if>
Format: ${session.format!"not stated"}
<#if session.theme??>Theme: ${session.theme}
</#if>Duration: <#if session.durationMinutes??>${session.durationMinutes} minutes<#else>not stated</#if><#if lib.actualRun(session)?has_content> (${lib.actualRun(session)})</#if>
Organisers: ${lib.personList(people, "organizer")}
Onsite moderator: ${lib.personList(people, "moderator")}
Online moderator: ${lib.personList(people, "online-moderator")}
Rapporteur: ${lib.personList(people, "rapporteur")}
<@heading "Speakers"/>
<#list lib.withRole(people, "speaker") as p>
- ${lib.person(p)}
<#else><@none "No speakers listed."/></#list>
<#list people?filter(p -> p.inferred?has_content && !p.roles?seq_contains("speaker")) as p>
<#if p?is_first>
Also heard:
</#if>
- ${lib.person(p)}
<@evidence p.evidence/>
</#list>
<@heading "Key Takeaways"/>
<#list keyTakeaways as c>
${c?counter}. ${c.text}<#if c.speaker??> (${c.speaker})</#if>
<@evidence c.evidence/>
<#else><@none/></#list>
<@heading "Call to Action"/>
<#list callsToAction as c>
${c?counter}. <#if c.addressee??>To ${c.heading}: </#if>${c.text}<#if c.speaker??> (${c.speaker})</#if>
<@evidence c.evidence/>
<#else><@none/></#list>
<@heading "Session Report"/>
<#list narrative as paragraph>
${paragraph.text}
<#sep>

</#sep>
<#else><@none "No narrative could be drafted."/></#list>
<@heading "Gender Reporting"/>
Estimated number of participants: ${lib.blank}<#if lib.participantsSuggestion(participation)?has_content> (${lib.participantsSuggestion(participation)})</#if>
Estimated number of women and gender-diverse people: ${lib.blank}<#if lib.womenSuggestion(participation)?has_content> (${lib.womenSuggestion(participation)})</#if>
<#-- A line of tags only loses its newline, so the evidence has a line of its own whether or not it is there. -->
<#if lib.womenSuggestion(participation)?has_content><@evidence participation.womenAndGenderDiverse.evidence/></#if>
To what extent did the session discuss gender issues? ${lib.blank}
<#if genderReflection??>
  Suggestion from the inputs, for the rapporteur to confirm: ${genderReflection.summary}
<#list genderReflection.topics![] as t>
  - ${t.topic}, raised by ${t.raisedBy?join(", ")}
<@evidence t.evidence/>
<#else>
<@evidence genderReflection.evidence/>
</#list>
</#if>
<@heading "Further calls to action"/>
<#list furtherCallsToAction as c>
- <#if c.addressee??>To ${c.heading}: </#if>${c.text}<#if c.speaker??> (${c.speaker})</#if>
<@evidence c.evidence/>
<#else><@none/></#list>
<@heading "Next steps"/>
<#list nextSteps as c>
- ${c.text}<#if c.speaker??> (${c.speaker})</#if>
<@evidence c.evidence/>
<#else><@none/></#list>
<@heading "Positions by stakeholder group"/>
<#list lib.positionGroups(positions) as g>
${g}
<#list lib.positionsOf(positions, g) as p>
  ${p.speaker}:
<#list p.points as c>
  - ${c.text}
<@evidence c.evidence[0..<c.told]/>
<@evidence c.evidence[c.told..] "Also said on this theme"/>
</#list>
</#list>
<#sep>

</#sep>
<#else><@none/></#list>
<@heading "Agreements and disagreements"/>
<#macro relations items verb><#list items as r>
- ${r.speaker} ${verb}<#if r.with??> with ${r.with}</#if><#if r.issue??> on ${r.issue}</#if>: “${r.text}”
<@evidence r.evidence/>
<#if r.resolution??>
  Later settled or narrowed: ${r.resolution.text}
<@evidence r.resolution.evidence/>
</#if>
</#list></#macro>
<#if agreements?has_content || disagreements?has_content>
<@relations agreements "agreed"/>
<@relations disagreements "disagreed"/>
<#else><@none/></#if>
<@heading lib.questionsHeading(session)/>
<#list questions as q>
${q?counter}. ${q.text} (${lib.questionNote(q, session)})
<@evidence q.evidence/>
<#list q.answers as a>
  Answered by ${a.speaker}: ${a.text}
<@evidence a.evidence/>
</#list>
<#else><@none/></#list>
<@heading "Poll results"/>
<#list polls as poll>
<#if poll.title??>${poll.title}: </#if>${poll.question}<#if lib.pollAbout(poll)?has_content> (${lib.pollAbout(poll)})</#if>
<#list poll.options as o>
  - ${o.label}: ${o.votes} votes<#if o.percent??> (${o.percent?string("0.#")}%)</#if>
</#list>
<#sep>

</#sep>
<#else><@none "No polls."/></#list>
<@heading "Participation"/>
Speakers (turns, words, share of words, speaking time, words per minute):
<#list participation.speakers as s>
  - ${s.name}<#if s.stakeholderGroup??> [${s.stakeholderGroup}]</#if>: ${s.turns} turns, ${s.words} words<#if s.share??>, ${lib.pct(s.share)}</#if><#if s.seconds??>, ${lib.clock(s.seconds)}</#if><#if s.wordsPerMinute??>, ${s.wordsPerMinute?round} wpm</#if>
<#else>
  (no spoken turns)
</#list>

Stakeholder groups (speakers, words, share of words):
<#list participation.stakeholderGroups as g>
  - ${g.group}: <#if g.speakers??>${g.speakers} speaker<#if g.speakers != 1>s</#if>, </#if>${g.words} words<#if g.share??>, ${lib.pct(g.share)}</#if>
<#else>
  (none known)
</#list>

Chat: <#if participation.chat??>${participation.chat.messages} public messages from ${participation.chat.participants} participants<#list participation.chat.links as link>
  - ${link}</#list><#else>no chat log</#if>
Attendance: <#if participation.attendance??>${participation.attendance.participants!"?"} participants<#if participation.attendance.source??> (${participation.attendance.source})</#if><#else>no attendance export</#if>
<@heading "Policy questions"/>
<#if policyQuestionCoverage?has_content>
<#list policyQuestionCoverage as c>
${c?counter}. ${c.question} (${lib.coverage(c)})
<@evidence c.evidence/>
</#list>
<#else>
<#list session.policyQuestions as q>
${q?counter}. ${q}
<#else><@none "None listed on the session page."/></#list>
</#if>
<#if session.sdgs?has_content>

SDGs: ${session.sdgs?join("; ")}
</#if>
<@heading "Keyphrases and entities"/>
<#if keyphrases?has_content>
Keyphrases: ${keyphrases?join("; ")}
</#if>
<#if entities?filter(e -> lib.noted(e))?has_content>
Instruments and defined acronyms:
<#list entities?filter(e -> lib.noted(e)) as e>
  - ${e.text} (${e.type}<#if e.mentions??> x ${e.mentions}</#if>)<#if lib.entityNotes(e)?has_content>: ${lib.entityNotes(e)}</#if>
<@evidence e.evidence![]/>
</#list>
</#if>
<#if entities?filter(e -> !lib.noted(e))?has_content>
Entities: <#list entities?filter(e -> !lib.noted(e)) as e>${e.text} (${e.type}<#if e.mentions??> x ${e.mentions}</#if><#if lib.entityNotes(e)?has_content>; ${lib.entityNotes(e)}</#if>)<#sep>; </#sep></#list>
</#if>
<#if !keyphrases?has_content && !entities?has_content><@none/></#if>
<@heading "Sources"/>
<#list sources as s>
- ${s.file} (${s.kind}, ${s.format}<#if s.items??>, ${s.items} items</#if>)
</#list>
<@heading "Warnings"/>
<#list warnings as w>
- ${w}
<#else>
(none)
</#list>

Draft generated by Rapporteur (session ${session.id}). Evidence is given as [speaker, file:line, time] "verbatim quote". Check before submitting.
