package org.rapporteur.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Question;

/** Questions submitted through a Q&amp;A tool, the same way for every export. */
final class AudienceQuestions {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "answered", "archived", "done", "x",
            "\u2713", "\u2714");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "unanswered", "not answered", "live",
            "open", "pending");

    private AudienceQuestions() {
    }

    /**
     * A question read at {@code line} of {@code file}. Its evidence quote is the text up to the first double quote,
     * because CSV doubles quotes inside a cell and the quote must stand verbatim in the file. {@code upvotes}: null
     * where the export counts none.
     */
    static Question of(String file, int line, String text, String asker, Boolean answered, Integer upvotes) {
        int cut = text.indexOf('"');
        String quote = cut > 0 ? text.substring(0, cut).strip() : text;
        return new Question(text, asker, EvidenceSource.QA, answered,
                List.of(new Evidence(EvidenceSource.QA, file, asker, line, null, quote)), upvotes);
    }

    /** Yes/no-like answered markers; null when blank or not recognised. */
    static Boolean answered(String cell) {
        String value = cell.strip().toLowerCase(Locale.ROOT);
        return YES.contains(value) ? Boolean.TRUE : NO.contains(value) ? Boolean.FALSE : null;
    }
}
