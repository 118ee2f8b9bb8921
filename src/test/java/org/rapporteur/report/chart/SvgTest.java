package org.rapporteur.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> \" onload=\"x' {{7*7}} ${7*7}";

    @Test
    void isAnAccessibleImageLabelledByItsTitleAndDescription() throws Exception {
        String svg = Svg.render(Charts.bars("Poll results", "Votes per option: A 2, B 1",
                List.of(new Bar("A", 2, "2"), new Bar("B", 1, "1"))), "chart-poll-1");

        Element root = parse(svg).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-poll-1-title chart-poll-1-desc");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 60");
        Element title = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("chart-poll-1-title");
        assertThat(title.getTextContent()).isEqualTo("Poll results");
        assertThat(desc.getAttribute("id")).isEqualTo("chart-poll-1-desc");
        assertThat(desc.getTextContent()).isEqualTo("Votes per option: A 2, B 1");
        assertThat(root.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(((Element) root.getElementsByTagName("rect").item(0)).getAttribute("width")).isEqualTo("262.0");
    }

    @Test
    void hostileTextStaysTextAndAddsNoElementOrAttribute() throws Exception {
        String svg = Svg.render(Charts.bars(HOSTILE, HOSTILE, List.of(new Bar(HOSTILE, 1, HOSTILE))), "c");

        assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("\" onload");
        Document doc = parse(svg);
        Set<String> tags = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            tags.add(e.getTagName());
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                assertThat(e.getAttributes().item(a).getNodeName()).doesNotStartWith("on");
            }
        }
        assertThat(tags).containsOnly("svg", "title", "desc", "rect", "text", "line");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(HOSTILE);
    }

    @Test
    void timelineWithAHostileSpeakerIsWellFormedToo() throws Exception {
        String svg = Svg.render(Charts.timeline(HOSTILE, HOSTILE, List.of(new Span(HOSTILE, 0, 10))), "t");
        assertThat(parse(svg).getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void leavesOutCharactersXmlCannotHold() throws Exception {
        String svg = Svg.render(Charts.bars("a\u0000b\u0007c\uFFFE", "d", List.of(new Bar("x", 1, "1"))), "c");
        assertThat(parse(svg).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("abc");
    }

    @Test
    void refusesAnIdThatIsNotOne() {
        Drawing d = Charts.bars("t", "d", List.of(new Bar("x", 1, "1")));
        assertThatThrownBy(() -> Svg.render(d, "x\" onload=\"alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
