package org.rapporteur.launch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the build proves about the class data sharing archive it recorded in {@code target/app}: the fat jar, the
 * compiled classes and the libraries it was made from, the JVM that made it and the archive itself. The launcher
 * starts the application on the archive only when everything it would run from still matches, so a jar rebuilt
 * without the archive ({@code -Dcds.skip}), a changed class, a moved folder or another JVM means an ordinary start.
 *
 * @param fatJar the fat jar's size and time, {@code target/rapporteur.jar}
 * @param classes a digest of every file under {@code target/classes}: its path, size and time
 * @param libraries a digest of the names of the jars in {@code target/app/lib}, which a class path must hold
 * @param vm the JVM that recorded the archive ({@code java.home} and {@code java.vm.version}): no other maps it
 * @param appJar the extracted jar's absolute path, as the archive names it
 * @param archive the archive's size and time
 */
record ArchiveStamp(String fatJar, String classes, String libraries, String vm, String appJar, String archive) {

    static final String FILE_NAME = "rapporteur.stamp";
    static final String APP_JAR = "rapporteur.jar";
    static final String ARCHIVE = "rapporteur.jsa";

    /** The build's step after recording the archive: {@code ArchiveStamp FAT_JAR CLASSES_DIR APP_DIR}. */
    public static void main(String[] args) throws IOException {
        Path app = Path.of(args[2]).toAbsolutePath();
        of(Path.of(args[0]), Path.of(args[1]), app, thisVm()).write(app.resolve(FILE_NAME));
    }

    /** The stamp of the files as they are now. */
    static ArchiveStamp of(Path fatJar, Path classes, Path app, String vm) throws IOException {
        return new ArchiveStamp(sizeAndTime(fatJar), classesDigest(classes), librariesDigest(app.resolve("lib")),
                vm, app.resolve(APP_JAR).toAbsolutePath().toString(), sizeAndTime(app.resolve(ARCHIVE)));
    }

    /** The stamp in {@code app}, if there is a readable one. */
    static Optional<ArchiveStamp> read(Path app) {
        Path file = app.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new ArchiveStamp(p.getProperty("fatJar", ""), p.getProperty("classes", ""),
                p.getProperty("libraries", ""), p.getProperty("vm", ""), p.getProperty("appJar", ""),
                p.getProperty("archive", "")));
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("fatJar", fatJar);
        p.setProperty("classes", classes);
        p.setProperty("libraries", libraries);
        p.setProperty("vm", vm);
        p.setProperty("appJar", appJar);
        p.setProperty("archive", archive);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "The class data sharing archive of this folder and what it was recorded from (pom.xml)");
        }
    }

    /** This JVM, as a stamp names it. */
    static String thisVm() {
        return System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    }

    /** Size and modification time: a rebuilt jar differs in one or both, and reading them costs nothing. */
    static String sizeAndTime(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    }

    /** Every file under {@code classes} by relative path, size and time (looked up, not read). */
    static String classesDigest(Path classes) throws IOException {
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                update(digest, classes.relativize(f) + " " + sizeAndTime(f));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The sorted names of the library jars: a class path of the same artefacts has the same names. */
    static String librariesDigest(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            return "missing";
        }
        try (Stream<Path> jars = Files.list(lib)) {
            // The jar's own tools (extracting it, for one) are never on the application's class path.
            return namesDigest(jars.map(j -> j.getFileName().toString())
                    .filter(n -> n.endsWith(".jar") && !n.startsWith("spring-boot-jarmode-")).toList());
        }
    }

    static String namesDigest(List<String> names) {
        MessageDigest digest = sha256();
        names.stream().sorted().forEach(n -> update(digest, n));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
