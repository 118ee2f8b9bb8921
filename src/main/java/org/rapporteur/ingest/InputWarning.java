package org.rapporteur.ingest;

/** The one shape of a reader's warning, so the report lists them alike: {@code file:line: what}. */
final class InputWarning {

    private InputWarning() {
    }

    static String at(String file, int line, String what) {
        return file + ":" + line + ": " + what;
    }
}
