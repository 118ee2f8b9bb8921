package org.rapporteur.ingest;

import java.io.IOException;
import java.util.Optional;

/**
 * A spreadsheet POI cannot open (damaged zip, password): claimed after every table reader has passed on it, so
 * that reading it fails with an {@link InputException} naming the file and the reason instead of being an
 * unknown file. Format {@code unreadable-spreadsheet}.
 */
public final class UnreadableSpreadsheetReader implements InputReader {

    public static final String FORMAT = "unreadable-spreadsheet";

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!TableFile.isSpreadsheet(file)) {
            return Optional.empty();
        }
        try {
            TableFile.read(file);
            return Optional.empty();
        } catch (InputException e) {
            return Optional.of(FORMAT);
        }
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws InputException, IOException {
        TableFile.read(file);
        throw new InputException(file.name(), "a spreadsheet of no known layout");
    }
}
