package org.rapporteur.batch;

import java.io.PrintStream;

/** Where the run talks to its user: progress on {@code out}, failures on {@code err}. */
public record Console(PrintStream out, PrintStream err) {
}
