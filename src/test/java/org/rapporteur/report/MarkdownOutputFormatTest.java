package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownOutputFormatTest {

    @Test
    void htmlBecomesEntities() {
        assertThat(MarkdownOutputFormat.escape("<script>alert(1)</script> & <b>"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; & &lt;b&gt;");
    }

    @Test
    void anAmpersandStaysItselfUnlessItOpensACharacterReference() {
        assertThat(MarkdownOutputFormat.escape("Cybercrime & Online Safety, Q&A, R&D"))
                .isEqualTo("Cybercrime & Online Safety, Q&A, R&D");
        assertThat(MarkdownOutputFormat.escape("&lt;b&gt; &#60; &")).isEqualTo("&amp;lt;b&amp;gt; &amp;#60; &");
    }

    @Test
    void linksImagesAndAutolinksCannotForm() {
        assertThat(MarkdownOutputFormat.escape("[x](javascript:alert(1)) ![i](y.png) <http://e.org>"))
                .isEqualTo("\\[x\\](javascript:alert(1)) !\\[i\\](y.png) &lt;http://e.org&gt;");
    }

    @Test
    void inlineMarkersAreBackslashed() {
        assertThat(MarkdownOutputFormat.escape("*a* _b_ `c` ~~d~~ | e \\ f"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\| e \\\\ f");
    }

    @Test
    void blockStartsAreNeutralised() {
        assertThat(MarkdownOutputFormat.escape("# title")).isEqualTo("\\# title");
        assertThat(MarkdownOutputFormat.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownOutputFormat.escape("  + item")).isEqualTo("  \\+ item");
        assertThat(MarkdownOutputFormat.escape("12. item")).isEqualTo("12\\. item");
        assertThat(MarkdownOutputFormat.escape("3) item")).isEqualTo("3\\) item");
        assertThat(MarkdownOutputFormat.escape("> quote")).isEqualTo("&gt; quote");
    }

    @Test
    void ordinaryTextStaysReadable() {
        assertThat(MarkdownOutputFormat.escape("60.5% of e-mail users, 2022")).isEqualTo("60.5% of e-mail users, 2022");
        assertThat(MarkdownOutputFormat.escape("${7*7}")).isEqualTo("${7\\*7}");
    }

    @Test
    void lineBreaksCannotStartNewBlocks() {
        assertThat(MarkdownOutputFormat.escape("first line\n# not a heading\r\n- not a list"))
                .isEqualTo("first line # not a heading - not a list");
    }
}
