package org.rapporteur.batch;

/** A session that could not be reported; the message names the session, the file and the reason. */
final class SessionFailedException extends RuntimeException {

    SessionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
