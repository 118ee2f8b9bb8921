package org.rapporteur.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.model.Session;
import org.rapporteur.model.Turn;

/**
 * The tool against bare CoreNLP 4.5.10 on the same words: each session's spoken turns, one paragraph per turn,
 * annotated by CoreNLP's own command line with the annotators and NER settings of NlpPipeline, {@code -nthreads 2}, the
 * same heap. Runs alternate (the tool as the README starts it; when the build made a class data sharing archive, the
 * fat jar kept in its first JVM, the tool started from the archive directly, and again with the JIT's first tier
 * only; CoreNLP; the tool, ...); medians of 3, of wall and of CPU time, and of the CPU time of the JIT compiler
 * threads. Also the time of one session against a transcript four times as long. Prints the numbers
 * recorded in docs/PERFORMANCE.md; asserts nothing about time. Needs the jar: {@code mvn -q package -DskipTests}, then
 * {@code mvn test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=CoreNlpComparisonBenchmark [-Dbench.rounds=3]
 * -Dbench.sessions=../shared/eval/qmsum-dev} (the folder may also be given as {@code -Dbench.bulk}; without it, only
 * ws530 and the long transcript).
 */
@Tag("benchmark")
class CoreNlpComparisonBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Path WS530 = Path.of("samples/ws530");
    private static final Pattern COMPLETED = Pattern.compile("completed in ([0-9.]+) s");
    /** What {@code mvn package} builds for a start from a class data sharing archive (see pom.xml). */
    private static final Path CDS_JAR = Path.of("target/app/rapporteur.jar");
    private static final Path CDS_ARCHIVE = Path.of("target/app/rapporteur.jsa").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void ws530Cold() throws Exception {
        compare("ws530 cold", List.of(WS530));
    }

    @Test
    void bulk() throws Exception {
        String bulk = System.getProperty("bench.sessions", System.getProperty("bench.bulk"));
        assumeTrue(bulk != null, "no -Dbench.sessions=FOLDER of sessions");
        try (Stream<Path> dirs = Files.list(Path.of(bulk))) {
            compare("bulk " + bulk, dirs.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().endsWith(".reference")).sorted().toList());
        }
    }

    @Test
    void fourTimesLongerTranscript() throws Exception {
        Path longer = Files.createDirectories(tmp.resolve("in/ws530x4"));
        for (String file : List.of("proposal.txt", "chat.txt", "polls.xlsx")) {
            Files.copy(WS530.resolve(file), longer.resolve(file));
        }
        String transcript = Files.readString(WS530.resolve("transcript.txt"));
        Files.writeString(longer.resolve("transcript.txt"), (transcript.stripTrailing() + "\n").repeat(4));
        List<Double> once = new ArrayList<>();
        List<Double> fourTimes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> start = List.of("-jar", Launch.JAR.toAbsolutePath().toString());
            once.add(sessionSeconds(tool("x1-" + round, List.of(WS530.toAbsolutePath()), start)));
            fourTimes.add(sessionSeconds(tool("x4-" + round, List.of(longer), start)));
        }
        System.out.printf("BENCHMARK long transcript: ws530 session %s s, 4x transcript %s s, ratio %.2f"
                + " (medians %.1f / %.1f)%n", once, fourTimes, Launch.median(fourTimes) / Launch.median(once),
                Launch.median(fourTimes), Launch.median(once));
    }

    private void compare(String name, List<Path> sessions) throws Exception {
        Path text = Files.createDirectories(tmp.resolve("text-" + sessions.size()));
        long words = 0;
        List<String> files = new ArrayList<>();
        for (Path folder : sessions) {
            Session session = new SessionReader().read(folder.getFileName().toString(), folder);
            words += session.turns().stream().mapToInt(Turn::words).sum();
            Path file = text.resolve(folder.getFileName() + ".txt");
            Files.writeString(file, session.turns().stream().map(Turn::text).collect(Collectors.joining("\n\n")));
            files.add(file.toString());
        }
        Path fileList = Files.write(tmp.resolve("files-" + sessions.size() + ".txt"), files);
        List<Launch> readme = new ArrayList<>();
        List<Launch> inProcess = new ArrayList<>();
        List<Launch> shared = new ArrayList<>();
        List<Launch> sharedC1 = new ArrayList<>();
        List<Launch> bare = new ArrayList<>();
        String run = name.replace(' ', '-').replace('/', '_');
        List<Path> inputs = sessions.stream().map(Path::toAbsolutePath).toList();
        String fatJar = Launch.JAR.toAbsolutePath().toString();
        List<String> fromArchive = List.of("-XX:SharedArchiveFile=" + CDS_ARCHIVE, "-jar",
                CDS_JAR.toAbsolutePath().toString());
        for (int round = 0; round < ROUNDS; round++) {
            // The README's start: the launcher relaunches on the archive when the build made one.
            readme.add(tool(run + round, inputs, List.of("-jar", fatJar)));
            if (Files.exists(CDS_ARCHIVE)) {
                // The same jar run in its own JVM, as the README's start did before the launcher.
                inProcess.add(tool(run + "-in-process" + round, inputs, List.of("-Drapporteur.relaunch=false",
                        "-jar", fatJar)));
                shared.add(tool(run + "-cds" + round, inputs, fromArchive));
                // The JIT compiler's first tier only: far less compiling, slower compiled code.
                List<String> c1 = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
                c1.addAll(fromArchive);
                sharedC1.add(tool(run + "-cds-c1" + round, inputs, c1));
            }
            bare.add(coreNlp(fileList, round));
        }
        System.out.printf("BENCHMARK %s: %d sessions, %,d words; load average %s%n", name, sessions.size(), words,
                loadAverage());
        Launch.print("tool (README start)", readme, bare);
        if (!shared.isEmpty()) {
            Launch.print("tool, fat jar in one JVM (-Drapporteur.relaunch=false)", inProcess, bare);
            Launch.print("tool, class data sharing", shared, bare);
            Launch.print("tool, class data sharing, -XX:TieredStopAtLevel=1", sharedC1, bare);
        }
        Launch.print("bare CoreNLP", bare, bare);
    }

    /** The tool from a cold JVM started with {@code start} (the jar and its JVM options), new database and output. */
    private Launch tool(String run, List<Path> inputs, List<String> start) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("tool-" + run));
        List<String> command = new ArrayList<>(List.of(Launch.java(), "-Xmx1g"));
        command.addAll(start);
        command.addAll(List.of("--db", "jdbc:h2:file:" + dir.resolve("db"), "--out", dir.resolve("out").toString()));
        inputs.forEach(i -> command.add(i.toString()));
        return Launch.run(dir.resolve("log.txt"), command);
    }

    /** CoreNLP's own command line over the same words, with the settings of NlpPipeline. */
    private Launch coreNlp(Path fileList, int round) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corenlp-" + fileList.getFileName() + round));
        return Launch.run(dir.resolve("log.txt"), List.of(Launch.java(), "-Xmx1g", "-cp", coreNlpClasspath(),
                "edu.stanford.nlp.pipeline.StanfordCoreNLP",
                "-annotators", "tokenize,ssplit,pos,lemma,ner",
                "-ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
                "-ner.applyNumericClassifiers", "false", "-ner.applyFineGrained", "false",
                "-ner.useSUTime", "false", "-ner.buildEntityMentions", "false",
                "-tokenize.options", "untokenizable=noneDelete",
                "-ssplit.newlineIsSentenceBreak", "two",
                "-nthreads", "2", "-filelist", fileList.toString(), "-outputFormat", "conll",
                "-outputDirectory", dir.resolve("out").toString()));
    }

    /** CoreNLP, its models and its own dependencies: the test classpath without the application's classes. */
    private static String coreNlpClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("classes"))
                .sorted(Comparator.comparing(e -> !e.contains("stanford-corenlp")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The machine's load average over the last minute, 5 and 15 minutes, to judge how far to trust the times. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "unknown";
        }
        return String.join(" ", Arrays.asList(Files.readString(loadavg).split(" ")).subList(0, 3));
    }

    private static double sessionSeconds(Launch launch) {
        Matcher m = COMPLETED.matcher(launch.output());
        if (!m.find()) {
            throw new IllegalStateException("no progress line in:\n" + launch.output());
        }
        return Double.parseDouble(m.group(1));
    }
}
