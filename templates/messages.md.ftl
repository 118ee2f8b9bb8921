<#-- Draft IGF Messages as Markdown. Auto-escaped: text from the sessions cannot open Markdown structure. -->
<#import "lib/report.ftl" as lib>
<#assign m = messages>
<#macro message msg>
1. ${msg.text} — cited in <#list msg.citedIn as c>${c.label}<#sep>, </#list>
<#list msg.citedIn as c>
   - ${c.label}, ${c.kind}<#if c.speaker??>, ${c.speaker}</#if><#if c.text != msg.text>: “${c.text}”</#if><#list c.evidence as e>
     > ${e.quote} (${lib.cite(e)})</#list>
</#list>
</#macro>
# Draft IGF Messages

${m.sessions?size} sessions in ${m.themes?size} themes. Each message is one session report's finding, unchanged, cited with every session that made the point.
<#if m.warnings?? && m.warnings?has_content>

<#list m.warnings as w>
- **Warning:** ${w}
</#list>
</#if>

<#list m.themes as t>
## ${t.name?cap_first}

Sessions (<#if t.basis == "session-page">theme given on the session pages<#elseif t.basis == "igf-theme">IGF thematic area their titles, policy questions and takeaways name<#elseif t.basis == "shared-terms">grouped by shared terms<#else>single session</#if>): <#list t.sessions as id><#assign ref = m.sessions?filter(s -> s.id == id)?first>${ref.label} ${ref.title}<#sep>; </#list>

### Messages

<#list t.messages as msg>
<@message msg/>
<#else>
_No takeaways or positions to draw on._
</#list>

### Where views diverged

<#list t.divergences as d>
- ${d.label}: <#if d.speaker??>${d.speaker}</#if><#if d.with??> disagreed with ${d.with}</#if>: “${d.text}”<#list d.evidence as e>
  > ${e.quote} (${lib.cite(e)})</#list>
<#else>
_No disagreement stated._
</#list>

</#list>
## Calls to action, by addressee

<#list m.callsToAction as a>
### ${(a.addressee!"Addressee not stated")?cap_first}

<#list a.calls as msg>
<@message msg/>
</#list>

<#else>
_No calls to action._
</#list>
