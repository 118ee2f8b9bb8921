package org.rapporteur.analysis;

import java.util.regex.Matcher;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;

/**
 * Whether a clause speaks in its speaker's own voice: "I", "we", "you". Reported under the speaker's name ("X
 * concluded that we are at a turning point") the reader takes "we" and "you" for the report's writer and reader,
 * so such a clause is quoted, or another sentence chosen.
 */
final class PersonalVoice {

    private static final Cue FIRST_PERSON_PLURAL = Lexicon.cue("first-person-plural");
    private static final Cue SECOND_PERSON = Lexicon.cue("second-person");

    private PersonalVoice() {
    }

    /** "we", "our", "let's"; not "US", the country. */
    static boolean firstPersonPlural(String text) {
        if (!FIRST_PERSON_PLURAL.mayHold(text)) {
            return false;
        }
        Matcher m = FIRST_PERSON_PLURAL.matcher(text);
        while (m.find()) {
            if (!m.group().equals("US")) {
                return true;
            }
        }
        return false;
    }

    /** Any of "I", "we", "you" in the clause. */
    static boolean personal(String text) {
        return Wording.firstPersonSingular(text) || firstPersonPlural(text) || SECOND_PERSON.find(text);
    }
}
