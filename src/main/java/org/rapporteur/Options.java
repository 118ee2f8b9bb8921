package org.rapporteur;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rapporteur.batch.ReportRun;
import org.rapporteur.nlp.Quality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command-line contract: scripts depend on these names. */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Drafts IGF session reports from session folders: captions, chat, polls, Q&A and the session page.",
            "Each INPUT is a session folder or a folder of session folders. Writes OUT/<session>/report.json,",
            "report.html, report.md, report.txt and OUT/index.html. Runs resume by default: sessions that",
            "completed are not redone. Exit code 0 when every session completed."})
final class Options {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "session folder(s) or folder(s) of sessions")
    List<Path> inputs = List.of();

    @Option(names = "--manager", description = "send one request per session to the workers of --db (PostgreSQL),"
            + " follow them to completion and write the index")
    boolean manager;

    @Option(names = "--worker", description = "take session requests from --db (PostgreSQL) until stopped;"
            + " no INPUT")
    boolean worker;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("out");

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "job repository and results database (default: ${DEFAULT-VALUE})")
    String database = "jdbc:h2:file:./data/rapporteur";

    @Option(names = "--threads", paramLabel = "N", description = "sessions processed in parallel (default: cores)")
    Integer threads;

    @Option(names = "--rerun", description = "start a fresh run instead of resuming the last one")
    boolean rerun;

    @Option(names = "--quality", paramLabel = "fast|deep",
            description = "deep adds CoreNLP's dependency parser for better calls to action (default: ${DEFAULT-VALUE})")
    String quality = "fast";

    @Option(names = "--templates", paramLabel = "DIR",
            description = "report templates; missing ones come from the built-in copies (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--time-limit", paramLabel = "MINUTES",
            description = "a session still running after this long fails, the others go on (default: ${DEFAULT-VALUE})")
    int timeLimitMinutes = 10;

    /** What is wrong with this combination of options, if anything. */
    Optional<String> problem() {
        if (manager && worker) {
            return Optional.of("--manager and --worker exclude each other");
        }
        if ((manager || worker) && !database.startsWith("jdbc:postgresql:")) {
            return Optional.of((manager ? "--manager" : "--worker")
                    + " needs a PostgreSQL database shared by all hosts: --db jdbc:postgresql://HOST/DB?user=…");
        }
        if (worker && !inputs.isEmpty()) {
            return Optional.of("--worker takes no INPUT: the manager's requests say which sessions");
        }
        if (!worker && inputs.isEmpty()) {
            return Optional.of("Missing required parameter: 'INPUT'");
        }
        if (timeLimitMinutes < 1) {
            return Optional.of("--time-limit must be at least 1 (minutes), not " + timeLimitMinutes);
        }
        if (!quality.matches("(?i)fast|deep")) {
            return Optional.of("--quality must be fast or deep, not '" + quality + "'");
        }
        return Optional.empty();
    }

    /** The Spring profile of the chosen role; none for the default single-machine run. */
    Optional<String> role() {
        return manager ? Optional.of("manager")
                : worker ? Optional.of("worker") : Optional.empty();
    }

    Quality quality() {
        return Quality.valueOf(quality.toUpperCase(java.util.Locale.ROOT));
    }

    int threads() {
        return threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    ReportRun.Request request() {
        return new ReportRun.Request(inputs, out, rerun);
    }
}
