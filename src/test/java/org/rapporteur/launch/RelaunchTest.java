package org.rapporteur.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the launcher starts the application on the archive, and with what command; files as the build lays them out. */
class RelaunchTest {

    private static final String VM = "/jdk 17.0.15";

    @TempDir
    Path target;

    private Path fatJar;
    private Path classes;
    private Path app;

    @BeforeEach
    void build() throws IOException {
        fatJar = Files.writeString(target.resolve("rapporteur.jar"), "the fat jar");
        classes = Files.createDirectories(target.resolve("classes/org/rapporteur")).getParent().getParent();
        Files.writeString(classes.resolve("org/rapporteur/Launcher.class"), "bytes");
        app = Files.createDirectories(target.resolve("app/lib")).getParent();
        Files.writeString(app.resolve("lib/h2-2.4.jar"), "h2");
        Files.writeString(app.resolve("lib/picocli-4.7.7.jar"), "picocli");
        Files.writeString(app.resolve("lib/spring-boot-jarmode-tools-4.0.7.jar"), "tools");
        Files.writeString(app.resolve("rapporteur.jar"), "the extracted jar");
        Files.writeString(app.resolve("rapporteur.jsa"), "the archive");
        ArchiveStamp.of(fatJar, classes, app, VM).write(app.resolve(ArchiveStamp.FILE_NAME));
    }

    @Test
    void theFatJarWithItsArchiveStartsTheExtractedJarOnItWithTheUsersOptionsAndArguments() {
        List<String> command = Relaunch.command(fromJar(List.of("-Xmx1g", "-Dfile.encoding=UTF-8"),
                "--out", "my out", "samples")).orElseThrow();
        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-XX:SharedArchiveFile=" + app.resolve("rapporteur.jsa"), "-XX:TieredStopAtLevel=1",
                "-Drapporteur.launcher.parent=42", "-cp", app.resolve("rapporteur.jar").toString(),
                "org.rapporteur.launch.Launcher", "--out", "my out", "samples");
    }

    @Test
    void aWorkerKeepsBothCompilersAndAUsersCompilerChoiceStands() {
        assertThat(Relaunch.command(fromJar(List.of("-Xmx1g"), "--worker", "--db", "jdbc:postgresql://h/db"))
                .orElseThrow()).noneMatch(o -> o.contains("Tiered")).contains("--worker");
        assertThat(Relaunch.command(fromJar(List.of("-XX:TieredStopAtLevel=4"), "in")).orElseThrow())
                .containsOnlyOnce("-XX:TieredStopAtLevel=4").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aLongRunKeepsBothCompilers() throws IOException {
        Path sessions = Files.createDirectories(target.resolve("in"));
        Path out = Files.createDirectories(target.resolve("out/big"));
        Files.write(out.resolve("report.json"), new byte[(int) Relaunch.FIRST_TIER_BYTES]);
        Files.createDirectories(sessions.resolve("ws1.reference"));
        Files.write(sessions.resolve("ws1.reference/summary.txt"), new byte[(int) Relaunch.FIRST_TIER_BYTES]);
        Files.createDirectories(sessions.resolve("ws1"));
        Files.write(sessions.resolve("ws1/transcript.txt"), new byte[(int) Relaunch.FIRST_TIER_BYTES / 2]);
        assertThat(Relaunch.command(fromJar(List.of(), "--out", out.getParent().toString(), sessions.toString()))
                .orElseThrow()).as("output and reference folders are not sessions").contains("-XX:TieredStopAtLevel=1");
        Files.createDirectories(sessions.resolve("ws2"));
        Files.write(sessions.resolve("ws2/transcript.txt"), new byte[(int) Relaunch.FIRST_TIER_BYTES / 2 + 1]);
        assertThat(Relaunch.command(fromJar(List.of(), sessions.toString())).orElseThrow())
                .noneMatch(o -> o.contains("Tiered"));
        assertThat(Relaunch.inputBytes(List.of(sessions.toString(), sessions.resolve("ws1").toString()), 1000))
                .as("counted until enough: one file").isBetween(1000L, Relaunch.FIRST_TIER_BYTES / 2 + 1);
    }

    @Test
    void noArchiveNoStampOrAnArchiveFromAnotherBuildMeansTheOrdinaryStart() throws IOException {
        assertThat(Relaunch.command(fromJar(List.of(), "in"))).isPresent();
        Files.setLastModifiedTime(fatJar, FileTime.fromMillis(Files.getLastModifiedTime(fatJar).toMillis() + 1000));
        assertThat(Relaunch.command(fromJar(List.of(), "in"))).as("rebuilt with -Dcds.skip").isEmpty();
        build();
        Files.writeString(app.resolve("rapporteur.jsa"), "another archive");
        assertThat(Relaunch.command(fromJar(List.of(), "in"))).as("archive changed").isEmpty();
        build();
        Files.delete(app.resolve(ArchiveStamp.FILE_NAME));
        assertThat(Relaunch.command(fromJar(List.of(), "in"))).as("no stamp").isEmpty();
    }

    @Test
    void anotherJvmOrAMovedFolderCannotMapTheArchive() throws IOException {
        Relaunch.Start start = fromJar(List.of(), "in");
        assertThat(Relaunch.command(new Relaunch.Start(start.classPath(), start.jvmOptions(), start.args(), false,
                false, false, "/other-jdk 21", start.java(), 42))).isEmpty();
        Path moved = Files.createDirectories(target.resolveSibling(target.getFileName() + "-moved"));
        try {
            Files.move(fatJar, moved.resolve("rapporteur.jar"));
            Files.move(app, moved.resolve("app"));
            assertThat(Relaunch.command(new Relaunch.Start(List.of(moved.resolve("rapporteur.jar").toString()),
                    List.of(), List.of("in"), false, false, false, VM, "/jdk/bin/java", 42))).isEmpty();
        } finally {
            Files.move(moved.resolve("rapporteur.jar"), fatJar);
            Files.move(moved.resolve("app"), app);
            Files.delete(moved);
        }
    }

    @Test
    void optedOutAlreadyRelaunchedOrWatchedByATool() {
        Relaunch.Start start = fromJar(List.of(), "in");
        assertThat(Relaunch.command(new Relaunch.Start(start.classPath(), start.jvmOptions(), start.args(), true,
                false, false, VM, start.java(), 42))).isEmpty();
        assertThat(Relaunch.command(new Relaunch.Start(start.classPath(), start.jvmOptions(), start.args(), false,
                true, false, VM, start.java(), 42))).isEmpty();
        assertThat(Relaunch.command(new Relaunch.Start(start.classPath(), start.jvmOptions(), start.args(), false,
                false, true, VM, start.java(), 42))).as("-Djarmode=tools").isEmpty();
        for (String option : List.of("-XX:StartFlightRecording=filename=run.jfr", "-javaagent:agent.jar",
                "-Xlog:class+load", "-XX:SharedArchiveFile=mine.jsa", "-Xshare:off")) {
            assertThat(Relaunch.command(fromJar(List.of("-Xmx1g", option), "in"))).as(option).isEmpty();
        }
    }

    @Test
    void springBootRunsClassesAndLibrariesMatchOnlyWhenNoneChanged() throws IOException {
        List<String> classPath = new ArrayList<>(List.of(classes.toString(), "/m2/h2/h2-2.4.jar",
                "/m2/picocli/picocli-4.7.7.jar"));
        assertThat(Relaunch.command(start(classPath, List.of("-XX:TieredStopAtLevel=1", "-Xmx1g"), "samples")))
                .hasValueSatisfying(c -> assertThat(c).contains("-cp", app.resolve("rapporteur.jar").toString())
                        .containsOnlyOnce("-XX:TieredStopAtLevel=1"));
        classPath.add("/m2/jsoup/jsoup-1.24.1.jar");
        assertThat(Relaunch.command(start(classPath, List.of(), "samples"))).as("another library").isEmpty();
        classPath.remove(classPath.size() - 1);
        Files.writeString(classes.resolve("org/rapporteur/Launcher.class"), "recompiled");
        assertThat(Relaunch.command(start(classPath, List.of(), "samples"))).as("a changed class").isEmpty();
    }

    @Test
    void anythingElseOnTheClassPathRunsHere() {
        assertThat(Relaunch.command(start(List.of(target.resolve("test-classes").toString(), classes.toString()),
                List.of(), "in"))).isEmpty();
        assertThat(Relaunch.command(start(List.of(app.resolve("rapporteur.jar").toString()), List.of(), "in")))
                .as("the extracted jar itself").isEmpty();
    }

    private Relaunch.Start fromJar(List<String> jvmOptions, String... args) {
        return start(List.of(fatJar.toString()), jvmOptions, args);
    }

    private static Relaunch.Start start(List<String> classPath, List<String> jvmOptions, String... args) {
        return new Relaunch.Start(classPath, jvmOptions, List.of(args), false, false, false, VM, "/jdk/bin/java",
                42);
    }

    @Test
    void theStampIsReadBackAsWritten() throws IOException {
        assertThat(ArchiveStamp.read(app)).hasValue(ArchiveStamp.of(fatJar, classes, app, VM));
        assertThat(ArchiveStamp.read(target)).isEqualTo(Optional.empty());
    }
}
