package org.rapporteur;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.h2.api.ErrorCode;
import org.rapporteur.batch.Console;
import org.rapporteur.batch.ReportRun;
import org.rapporteur.nlp.NlpPipeline;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;

/**
 * Rapporteur's command line: parses the options, starts the Spring context with the chosen database and runs
 * the report job once. The exit code is 0 only when every session completed.
 */
@SpringBootApplication
public class RapporteurApplication {

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; separate from {@link #main} so tests can run it in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options = new Options();
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            cli.usage(err);
            return 2;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(out);
            return 0;
        }
        if (cli.isVersionHelpRequested()) {
            cli.printVersionHelp(out);
            return 0;
        }
        Optional<String> problem = options.problem();
        if (problem.isPresent()) {
            err.println(problem.get());
            cli.usage(err);
            return 2;
        }
        // The models take seconds to load: load them while Spring starts. Logging is set up first, or SLF4J
        // complains about loggers created by two threads during its initialisation. A manager annotates nothing.
        LoggerFactory.getILoggerFactory();
        if (!options.manager) {
            NlpPipeline.preload(options.quality());
        }
        SpringApplication app = new SpringApplication(RapporteurApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(properties(options));
        options.role().ifPresent(app::setAdditionalProfiles);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("console", new Console(out, err)));
        ConfigurableApplicationContext context;
        try {
            context = app.run();
        } catch (Exception e) {
            err.println("rapporteur: " + describe(e, options.database));
            return 2;
        }
        if (options.worker) {
            return work(context, out);
        }
        try (context) {
            return context.getBean(ReportRun.class).run(options.request());
        } catch (Exception e) {
            err.println("rapporteur: " + describe(e, options.database));
            return 2;
        }
    }

    /** A worker takes requests on the context's threads until the process is stopped (its context closed). */
    private static int work(ConfigurableApplicationContext context, PrintStream out) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ContextClosedEvent e) -> closed.countDown());
        out.println("Worker ready: taking session requests until stopped");
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return 0;
    }

    /** A start-up failure in a sentence: the innermost cause, or what to do when the database is taken. */
    static String describe(Throwable e, String database) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return "the database " + database + " is open in another Rapporteur run; wait for it to finish,"
                        + " or give this run its own --db";
            }
            root = t;
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static Map<String, Object> properties(Options options) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", options.database);
        if (options.database.startsWith("jdbc:h2:")) {
            // H2's customary administrator, so the results can be opened with any SQL client. Other databases
            // take their user and password from the URL (jdbc:postgresql://host/db?user=…&password=…).
            p.put("spring.datasource.username", "sa");
            p.put("spring.datasource.password", "");
        }
        p.put("rapporteur.threads", options.threads());
        if (options.worker) {
            // A worker's sessions use the pool (one connection each, and the job repository's), the rest of its
            // threads annotate: a small pool lets many workers share one PostgreSQL's max_connections.
            p.put("spring.datasource.hikari.maximum-pool-size", options.threads() + 2);
        }
        p.put("rapporteur.templates", options.templates.toString());
        p.put("rapporteur.quality", options.quality().name());
        p.put("rapporteur.session-time-limit", Duration.ofMinutes(options.timeLimitMinutes).toString());
        return p;
    }
}
