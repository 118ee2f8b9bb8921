<#-- IGF session report, Markdown. Auto-escaped: every ${...} comes out as inert text (no HTML, links or markup). -->
<#import "lib/report.ftl" as lib>
<#macro evidence items indent="   " label="Evidence"><#list items as e>
${indent}- ${label}: ${lib.cite(e)}: “${e.quote}”
</#list></#macro>
<#macro none text="None found in the inputs.">
*${text}*

</#macro>
# ${session.title}

<#if session.code??>**${session.code}**<#if session.otherCodes?has_content> (also ran as ${session.otherCodes?join(", ")})</#if>

</#if>
- **Format:** ${session.format!"not stated"}
<#if session.theme??>- **Theme:** ${session.theme}
</#if>- **Duration:** <#if session.durationMinutes??>${session.durationMinutes} minutes<#else>not stated</#if><#if lib.actualRun(session)?has_content> (${lib.actualRun(session)})</#if>
- **Organisers:** ${lib.personList(people, "organizer")}
- **Onsite moderator:** ${lib.personList(people, "moderator")}
- **Online moderator:** ${lib.personList(people, "online-moderator")}
- **Rapporteur:** ${lib.personList(people, "rapporteur")}

## Speakers

<#assign speakers = lib.withRole(people, "speaker")>
<#if speakers?has_content>
| Name | Affiliation | Stakeholder group | Region |
|---|---|---|---|
<#list speakers as p>
| ${p.name}${lib.hearingRole(p)} | ${p.affiliation!"—"} | ${p.stakeholderGroup!"—"} | ${p.region!"—"} |
</#list>

<#else><@none "No speakers listed."/></#if>
<#list people?filter(p -> p.inferred?has_content) as p>
<#if p?is_first>
**Inferred from what people said:**

</#if>
- ${lib.person(p)}
<@evidence p.evidence/>
<#if !p?has_next>

</#if>
</#list>
## Key Takeaways

<#list keyTakeaways as c>
${c?counter}. ${c.text}<#if c.speaker??> — *${c.speaker}*</#if><#if c.basis??> (${c.basis})</#if>
<@evidence c.evidence/>
<#if !c?has_next>

</#if>
<#else><@none/></#list>
## Call to Action

<#list callsToAction as c>
${c?counter}. <#if c.addressee??>**To ${c.heading}:** </#if>${c.text}<#if c.speaker??> — *${c.speaker}*</#if>
<@evidence c.evidence/>
<#if !c?has_next>

</#if>
<#else><@none/></#list>
## Session Report

<#list narrative as paragraph>
${paragraph.text}

<#if paragraph.evidence?has_content>
<@evidence paragraph.evidence/>

</#if>
<#else><@none "No narrative could be drafted."/></#list>
## Gender Reporting

<#-- Each suggestion's evidence sits on a line of tags only, which FreeMarker strips with its newline: the list item's own line must end in text. -->
- **Estimated number of participants:** **${lib.blank}**<#if lib.participantsSuggestion(participation)?has_content> (${lib.participantsSuggestion(participation)})</#if>
<#if lib.participantsSuggestion(participation)?has_content><@evidence participation.estimate.evidence/></#if>
- **Estimated number of women and gender-diverse people:** **${lib.blank}**<#if lib.womenSuggestion(participation)?has_content> (${lib.womenSuggestion(participation)})</#if>
<#if lib.womenSuggestion(participation)?has_content><@evidence participation.womenAndGenderDiverse.evidence/></#if>
- **To what extent did the session discuss gender issues?** **${lib.blank}**
<#if genderReflection??>
   - *Suggestion from the inputs, for the rapporteur to confirm:* ${genderReflection.summary}
<#list genderReflection.topics![] as t>
      - *${t.topic}*, raised by ${t.raisedBy?join(", ")}
<@evidence t.evidence "         "/>
<#else>
<@evidence genderReflection.evidence/>
</#list>
</#if>

## Further calls to action

<#list furtherCallsToAction as c>
- <#if c.addressee??>**To ${c.heading}:** </#if>${c.text}<#if c.speaker??> — *${c.speaker}*</#if>
<@evidence c.evidence/>
<#if !c?has_next>

</#if>
<#else><@none/></#list>
## Next steps

<#list nextSteps as c>
- ${c.text}<#if c.speaker??> — *${c.speaker}*</#if>
<@evidence c.evidence/>
<#if !c?has_next>

</#if>
<#else><@none/></#list>
## Positions by stakeholder group

<#list lib.positionGroups(positions) as g>
### ${g}

<#list lib.positionsOf(positions, g) as p>
**${p.speaker}**

<#list p.points as c>
- ${c.text}
<@evidence c.evidence[0..<c.told]/>
<@evidence c.evidence[c.told..] "   " "Also said on this theme"/>
</#list>

</#list>
<#else><@none/></#list>
## Agreements and disagreements

<#macro relations items verb><#list items as r>
- **${r.speaker}** ${verb}<#if r.with??> with **${r.with}**</#if><#if r.issue??> on ${r.issue}</#if>: “${r.text}”
<@evidence r.evidence/>
<#if r.resolution??>
   - Later settled or narrowed: ${r.resolution.text}
<@evidence r.resolution.evidence/>
</#if>
</#list></#macro>
<#if agreements?has_content || disagreements?has_content>
<@relations agreements "agreed"/>
<@relations disagreements "disagreed"/>

<#else><@none/></#if>
## ${lib.questionsHeading(session)}

<#list questions as q>
${q?counter}. ${q.text} — *${lib.questionNote(q, session)}*
<@evidence q.evidence/>
<#list q.answers as a>
   - Answered by **${a.speaker}**: ${a.text}
<@evidence a.evidence/>
</#list>
<#if !q?has_next>

</#if>
<#else><@none/></#list>
## Poll results

<#list polls as poll>
### <#if poll.title??>${poll.title}: </#if>${poll.question}

<#if lib.pollAbout(poll)?has_content>
*${lib.pollAbout(poll)}*

</#if>
<#if poll.options?has_content>
| Option | Votes | % |
|---|---:|---:|
<#list poll.options as o>
| ${o.label} | ${o.votes} | <#if o.percent??>${o.percent?string("0.#")}%</#if> |
</#list>

</#if>
<#else><@none "No polls."/></#list>
## Participation

### Speakers

<#if participation.speakers?has_content>
| Speaker | Stakeholder group | Turns | Words | Share | Time | Words/min |
|---|---|---:|---:|---:|---:|---:|
<#list participation.speakers as s>
| ${s.name} | ${s.stakeholderGroup!"—"} | ${s.turns} | ${s.words} | <#if s.share??>${lib.pct(s.share)}</#if> | <#if s.seconds??>${lib.clock(s.seconds)}</#if> | <#if s.wordsPerMinute??>${s.wordsPerMinute?round}</#if> |
</#list>

<#else><@none "No spoken turns."/></#if>
### Stakeholder groups

<#if participation.stakeholderGroups?has_content>
| Group | Speakers | Words | Share |
|---|---:|---:|---:|
<#list participation.stakeholderGroups as g>
| ${g.group} | ${g.speakers!""} | ${g.words} | <#if g.share??>${lib.pct(g.share)}</#if> |
</#list>

<#else><@none "No stakeholder groups known."/></#if>
### Chat and attendance

- **Chat:** <#if participation.chat??>${participation.chat.messages} public messages from ${participation.chat.participants} participants<#else>no chat log</#if>
<#if participation.chat??>
<#list participation.chat.links as link>
   - ${link}
</#list>
</#if>
- **Attendance:** <#if participation.attendance??>${participation.attendance.participants!"?"} participants<#if participation.attendance.source??> (${participation.attendance.source})</#if><#else>no attendance export</#if>

## Policy questions

<#if policyQuestionCoverage?has_content>
<#list policyQuestionCoverage as c>
${c?counter}. ${c.question} — *${lib.coverage(c)}*
<@evidence c.evidence/>
</#list>

<#else>
<#list session.policyQuestions as q>
${q?counter}. ${q}
<#if !q?has_next>

</#if>
<#else><@none "None listed on the session page."/></#list>
</#if>
<#if session.sdgs?has_content>
**SDGs:** ${session.sdgs?join("; ")}

</#if>
## Keyphrases and entities

<#if keyphrases?has_content>
**Keyphrases:** ${keyphrases?join("; ")}

</#if>
<#if entities?filter(e -> lib.noted(e))?has_content>
**Instruments and defined acronyms:**

<#list entities?filter(e -> lib.noted(e)) as e>
- ${e.text} (${e.type}<#if e.mentions??> × ${e.mentions}</#if>)<#if lib.entityNotes(e)?has_content>: ${lib.entityNotes(e)}</#if>
<@evidence e.evidence![]/>
</#list>

</#if>
<#if entities?filter(e -> !lib.noted(e))?has_content>
**Entities:** <#list entities?filter(e -> !lib.noted(e)) as e>${e.text} (${e.type}<#if e.mentions??> × ${e.mentions}</#if><#if lib.entityNotes(e)?has_content>; ${lib.entityNotes(e)}</#if>)<#sep>; </#sep></#list>

</#if>
<#if !keyphrases?has_content && !entities?has_content><@none/></#if>
## Sources

| File | Kind | Format | Items |
|---|---|---|---:|
<#list sources as s>
| ${s.file} | ${s.kind} | ${s.format} | ${s.items!""} |
</#list>

## Warnings

<#list warnings as w>
- ${w}
<#else>
*None.*
</#list>

---
*Draft generated by Rapporteur from the session's inputs (session ${session.id}). Every statement carries its evidence: speaker, file:line, time and the verbatim quote. Check before submitting.*
