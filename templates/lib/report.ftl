<#-- Helpers shared by the report templates. Functions return plain text; the calling template escapes it. -->
<#assign blank = "[to be completed by the rapporteur]">
<#assign unknownGroup = "Stakeholder group not known">

<#-- The people of the session with one role (organizer, speaker, moderator, online-moderator, rapporteur). -->
<#function withRole people role><#return people?filter(p -> p.roles?seq_contains(role))></#function>

<#-- "Name, Affiliation (Stakeholder group, Region)", leaving out what is not known. -->
<#function person p>
  <#local detail = [p.stakeholderGroup!, p.region!]?filter(x -> x?has_content)>
  <#local text = p.name>
  <#if p.affiliation?has_content><#local text += ", " + p.affiliation></#if>
  <#if detail?has_content><#local text += " (" + detail?join(", ") + ")"></#if>
  <#return text>
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

<#function questionNote q>
  <#local parts = [q.asker!"unnamed", "via " + q.source]>
  <#if q.answered??><#local parts += [q.answered?then("answered", "not answered")]></#if>
  <#if q.upvotes??><#local parts += [q.upvotes?c + (q.upvotes == 1)?then(" upvote", " upvotes")]></#if>
  <#return parts?join(", ")>
</#function>

<#-- Whether the talk took up a policy question, as the tool judged it. -->
<#function coverage c><#return c.addressed?then("addressed in the talk", "not found addressed in the talk")></#function>
