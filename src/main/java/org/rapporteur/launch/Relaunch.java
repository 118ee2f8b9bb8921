package org.rapporteur.launch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether to start the application again in a JVM that maps its classes from the class data sharing archive the
 * build recorded (docs/PERFORMANCE.md, fifth round), and how. The README's {@code java -jar target/rapporteur.jar}
 * loads some ten thousand classes through Spring Boot's nested jars, which JDK 17 cannot archive; the extracted
 * {@code target/app/rapporteur.jar} with its archive starts in about two thirds of the CPU time, but needs a JVM
 * option a jar cannot carry. So the launcher starts that JVM itself, with the user's own JVM options and
 * arguments, when it can prove the archive was made from what the user started.
 */
final class Relaunch {

    /** Set on the started JVM: the launcher's process id, whose death ends it. */
    static final String PARENT = "rapporteur.launcher.parent";
    /** {@code -Drapporteur.relaunch=false} or {@code RAPPORTEUR_RELAUNCH=false}: always run in this JVM. */
    static final String OPT_OUT = "rapporteur.relaunch";
    static final String OPT_OUT_ENV = "RAPPORTEUR_RELAUNCH";

    /**
     * JVM options that watch or change this very JVM's class loading, compiling or running (agents, flight
     * recordings, logs, other archives): whoever gives them means the JVM they started, so it runs the application.
     */
    private static final List<String> OBSERVING = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun",
            "-Xdebug", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-Xlog", "-verbose",
            "-XX:+LogCompilation", "-XX:LogFile", "-XX:+PrintCompilation", "-XX:+CITime", "-XX:+PrintCodeCache");
    /** JVM options that choose the JIT compilers: the user's choice stands. */
    private static final List<String> COMPILER_CHOICE = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-Xint", "-Xcomp", "-XX:CompilationMode");

    /**
     * How this JVM was started.
     *
     * @param classPath the class path's entries: the fat jar alone under {@code java -jar}, the compiled classes
     *     first and then the libraries under {@code mvn spring-boot:run}
     * @param jvmOptions the JVM options, from the command line and the JDK's option variables
     * @param args the application's arguments
     * @param optedOut whether the user asked for no relaunch
     * @param relaunched whether this JVM is the one a launcher started
     * @param jarMode whether Spring Boot's launcher is asked for one of its tools ({@code -Djarmode=tools})
     * @param vm this JVM as {@link ArchiveStamp#thisVm()} names it
     * @param java the {@code java} executable of this JVM
     * @param pid this process
     */
    record Start(List<String> classPath, List<String> jvmOptions, List<String> args, boolean optedOut,
            boolean relaunched, boolean jarMode, String vm, String java, long pid) {

        static Start current(String[] args) {
            String env = System.getenv(OPT_OUT_ENV);
            boolean optedOut = "false".equalsIgnoreCase(System.getProperty(OPT_OUT, "true"))
                    || env != null && env.matches("(?i)false|no|0|off");
            return new Start(Arrays.asList(System.getProperty("java.class.path", "").split(File.pathSeparator)),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), List.of(args), optedOut,
                    System.getProperty(PARENT) != null, System.getProperty("jarmode") != null, ArchiveStamp.thisVm(),
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), ProcessHandle.current().pid());
        }
    }

    private Relaunch() {
    }

    /** The command of the JVM to start on the archive, or empty: run the application in this JVM. */
    static Optional<List<String>> command(Start start) {
        if (start.optedOut() || start.relaunched() || start.jarMode() || start.classPath().isEmpty()
                || start.jvmOptions().stream().anyMatch(o -> OBSERVING.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        Optional<Path> app = matchingArchive(start);
        if (app.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(start.java());
        command.addAll(start.jvmOptions());
        command.add("-XX:SharedArchiveFile=" + app.get().resolve(ArchiveStamp.ARCHIVE));
        if (firstTierOnly(start)) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.add("-D" + PARENT + "=" + start.pid());
        command.add("-cp");
        command.add(app.get().resolve(ArchiveStamp.APP_JAR).toString());
        command.add(Launcher.class.getName());
        command.addAll(start.args());
        return Optional.of(command);
    }

    /**
     * Session files up to which a run takes the JIT's first tier only: C2's compiling cost more than its faster code
     * saved over the 30 dev hearings (2.7 MB), less over the same three times (8.2 MB); docs/PERFORMANCE.md, fifth
     * round, has the numbers.
     */
    static final long FIRST_TIER_BYTES = 4L << 20;

    /**
     * The JIT's first tier only for a run of at most {@link #FIRST_TIER_BYTES} of session files, never for a
     * worker, which lives for as many sessions as it is sent: one pinned worker took 22% less CPU with the first tier
     * over the 30 dev hearings but 21% more over the same three times (docs/SCALING.md, sixth round). A user's own
     * choice of compilers stands.
     */
    static boolean firstTierOnly(Start start) {
        return !start.args().contains("--worker")
                && start.jvmOptions().stream().noneMatch(o -> COMPILER_CHOICE.stream().anyMatch(o::startsWith))
                && inputBytes(start.args(), FIRST_TIER_BYTES + 1) <= FIRST_TIER_BYTES;
    }

    /**
     * The bytes of the files in the folders the arguments name as INPUT (every argument that is a folder, but the
     * output and template folders), counted as the run counts sessions (no {@code .…} or {@code ….reference}
     * folders) and up to {@code enough}.
     */
    static long inputBytes(List<String> args, long enough) {
        long bytes = 0;
        for (int i = 0; i < args.size() && bytes < enough; i++) {
            Path input = Path.of(args.get(i));
            boolean optionValue = i > 0 && (args.get(i - 1).equals("--out") || args.get(i - 1).equals("--templates"));
            if (optionValue || !Files.isDirectory(input)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(input, 3)) {
                Iterator<Path> it = files.filter(f -> counted(input, f)).iterator();
                while (it.hasNext() && bytes < enough) {
                    bytes += Files.size(it.next());
                }
            } catch (IOException | UncheckedIOException e) {
                // Unreadable here is unreadable to the run too, which says so; it adds nothing.
            }
        }
        return bytes;
    }

    private static boolean counted(Path input, Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        for (Path part : input.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith(".reference")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The folder of the archive that provably matches what this JVM was started from: the fat jar
     * ({@code java -jar target/rapporteur.jar}) or the compiled classes and the same libraries
     * ({@code mvn spring-boot:run}); each has the build's {@code app} folder beside it.
     */
    private static Optional<Path> matchingArchive(Start start) {
        try {
            Path first = Path.of(start.classPath().get(0)).toAbsolutePath().normalize();
            Path app = first.resolveSibling("app");
            Optional<ArchiveStamp> stamp = ArchiveStamp.read(app);
            if (stamp.isEmpty() || !stamp.get().vm().equals(start.vm())
                    || !stamp.get().appJar().equals(app.resolve(ArchiveStamp.APP_JAR).toString())
                    || !stamp.get().archive().equals(ArchiveStamp.sizeAndTime(app.resolve(ArchiveStamp.ARCHIVE)))) {
                return Optional.empty();
            }
            boolean fatJar = start.classPath().size() == 1 && Files.isRegularFile(first)
                    && stamp.get().fatJar().equals(ArchiveStamp.sizeAndTime(first));
            boolean classes = Files.isDirectory(first) && stamp.get().libraries().equals(ArchiveStamp.namesDigest(
                    start.classPath().stream().skip(1).map(e -> Path.of(e).getFileName().toString()).toList()))
                    && stamp.get().classes().equals(ArchiveStamp.classesDigest(first));
            return fatJar || classes ? Optional.of(app) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Anything unreadable proves nothing: the ordinary start.
            return Optional.empty();
        }
    }

    /**
     * Runs the command with this process's input and output and returns its exit code. Stopping this process
     * (kill, Ctrl-C) stops the started one the same way and waits for it, so a stopped worker still finishes its
     * running sessions; the started JVM ends itself when this process is killed outright ({@link #endWith}).
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // Their options are in the command already; read again from the environment they would apply twice.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-relaunched"));
        return child.waitFor();
    }

    /**
     * In the started JVM: ends it at once, as a kill would, when the launcher that started it is gone (killed with
     * SIGKILL, so it could not stop it), so that nothing runs on without the process its user sees and stops.
     */
    static void endWith(long launcher) {
        Optional<ProcessHandle> parent = ProcessHandle.of(launcher);
        Thread watch = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(KILLED);
        }, "launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The exit status of a JVM killed by SIGKILL, which is what the launcher's death amounts to. */
    static final int KILLED = 137;
}
