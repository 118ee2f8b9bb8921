package org.rapporteur.ingest;

/** An input that cannot be read: names the file (relative to the session folder) and what is wrong with it. */
public class InputException extends Exception {

    private final String file;
    private final String reason;

    public InputException(String file, String reason) {
        this(file, reason, null);
    }

    public InputException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
