package org.rapporteur.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real relaunch: a jar started by {@link Launcher}, an extracted jar with a class data sharing archive recorded
 * from it and the build's stamp, laid out as {@code mvn package} lays them out, with {@link EchoMain} standing in for
 * the application (a JVM start of a few classes, not the application's ten thousand).
 */
class RelaunchProcessTest {

    private static final String LAUNCH = "org/rapporteur/launch";

    @TempDir
    Path target;

    private Path fatJar;
    private Path out;

    @BeforeEach
    void build() throws Exception {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path testClasses = Path.of(EchoMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path app = Files.createDirectories(target.resolve("app/lib")).getParent();
        jar(app.resolve("rapporteur.jar"), List.of(classes.resolve(LAUNCH), testClasses.resolve(LAUNCH),
                standInApplication(testClasses).resolve("org/rapporteur")));
        fatJar = jar(target.resolve("rapporteur.jar"), List.of(classes.resolve(LAUNCH)));
        Process record = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + app.resolve("rapporteur.jsa"),
                "-Xlog:cds=error,cds+dynamic=error", "-cp", app.resolve("rapporteur.jar").toString(),
                Launcher.class.getName(), target.resolve("recorded.txt").toString(), "0").inheritIO().start();
        assertThat(record.waitFor()).isZero();
        ArchiveStamp.main(new String[] {fatJar.toString(), classes.toString(), app.toString()});
        out = target.resolve("echo.txt");
    }

    @Test
    void theStartedJvmGetsTheArgumentsAndOptionsAndItsExitCodeIsTheLaunchers() throws Exception {
        Process launcher = launch("-Xmx96m", out.toString(), "3", "two words", "é\"ß");
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).as(log()).isEqualTo(3);
        List<String> echoed = Files.readAllLines(out);
        assertThat(echoed.subList(0, 4)).containsExactly(out.toString(), "3", "two words", "é\"ß");
        assertThat(echoed.get(4)).contains("-Xmx96m", "-XX:SharedArchiveFile=", "-XX:TieredStopAtLevel=1",
                "-Drapporteur.launcher.parent=" + launcher.pid());
        assertThat(log()).as("the archive maps: no warning").isEmpty();
    }

    @Test
    void optedOutItRunsInItsOwnJvm() throws Exception {
        // In its own JVM the launcher hands over to Spring Boot's launcher, which this stand-in jar does not hold.
        Process launcher = launch("-Drapporteur.relaunch=false", out.toString(), "3");
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(log()).contains("ClassNotFoundException: org.springframework.boot.loader.launch.JarLauncher");
        assertThat(out).doesNotExist();
    }

    @Test
    void stoppingTheLauncherStopsTheStartedJvmAndKillingItEndsIt() throws Exception {
        for (boolean kill : List.of(false, true)) {
            Files.deleteIfExists(out);
            Process launcher = launch("-Xmx96m", out.toString(), "wait");
            ProcessHandle started = startedJvm(launcher);
            if (kill) {
                launcher.destroyForcibly();
            } else {
                launcher.destroy();
            }
            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(started.onExit().get(30, TimeUnit.SECONDS).isAlive()).as(kill ? "killed" : "stopped")
                    .isFalse();
        }
    }

    private ProcessHandle startedJvm(Process launcher) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(out) || Files.readAllLines(out).stream().noneMatch(l -> l.startsWith("pid "))) {
            assertThat(Instant.now()).as("the started JVM never wrote: %s", log()).isBefore(until);
            Thread.sleep(50);
        }
        long pid = Long.parseLong(Files.readAllLines(out).stream().filter(l -> l.startsWith("pid ")).findFirst()
                .orElseThrow().substring(4));
        assertThat(launcher.descendants().map(ProcessHandle::pid)).contains(pid);
        return ProcessHandle.of(pid).orElseThrow();
    }

    private Process launch(String jvmOption, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), jvmOption, "-jar", fatJar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(target.resolve("launcher.log").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private String log() throws IOException {
        return Files.readString(target.resolve("launcher.log"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * An {@code org.rapporteur.RapporteurApplication} that is {@link EchoMain}, compiled into a folder of its own:
     * the launcher starts the application by that name.
     */
    private Path standInApplication(Path testClasses) throws IOException {
        Path source = Files.createDirectories(target.resolve("stand-in-source/org/rapporteur"))
                .resolve("RapporteurApplication.java");
        Files.writeString(source, "package org.rapporteur;\npublic final class RapporteurApplication {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + "        org.rapporteur.launch.EchoMain.main(args);\n    }\n}\n");
        Path classes = Files.createDirectories(target.resolve("stand-in"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", testClasses.toString(),
                "-d", classes.toString(), source.toString());
        assertThat(compiled).isZero();
        return classes;
    }

    /** A jar started by {@link Launcher}, of the classes in the given package folders of class folders. */
    private static Path jar(Path jar, List<Path> packages) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path pkg : packages) {
                String name = pkg.endsWith(LAUNCH) ? LAUNCH : "org/rapporteur";
                try (var files = Files.list(pkg)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        out.putNextEntry(new ZipEntry(name + "/" + f.getFileName()));
                        out.write(Files.readAllBytes(f));
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
