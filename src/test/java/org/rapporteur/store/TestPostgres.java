package org.rapporteur.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * A real PostgreSQL server for the tests, from the binaries zonky ships on Maven Central: started once per test
 * JVM, one fresh database per test. PostgreSQL refuses to run as root, and CI runs as root: then its three
 * programs are wrapped to run in a user namespace as {@code nobody}, who owns the (root-owned) data folder there.
 */
public final class TestPostgres {

    private static final Set<String> PROGRAMS = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The JDBC URL, user included, of a new empty database. */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().setPgBinaryResolver(new Binaries()).start();
            }
            String name = "rapporteur_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a database", e);
        }
    }

    /** zonky's binaries, with the programs wrapped when this process is root. */
    private static final class Binaries implements PgBinaryResolver {

        @Override
        public InputStream getPgBinary(String system, String architecture) throws IOException {
            InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
            if (!isRoot()) {
                return original;
            }
            ByteArrayOutputStream repacked = new ByteArrayOutputStream();
            try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
                 TarArchiveOutputStream out = new TarArchiveOutputStream(
                         new XZOutputStream(repacked, new LZMA2Options(1)))) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (PROGRAMS.contains(entry.getName())) {
                        out.putArchiveEntry(renamed(entry, entry.getName() + ".real"));
                        in.transferTo(out);
                        out.closeArchiveEntry();
                        byte[] wrapper = wrapper(entry.getName().substring("bin/".length()));
                        TarArchiveEntry script = new TarArchiveEntry(entry.getName());
                        script.setMode(0755);
                        script.setSize(wrapper.length);
                        script.setModTime(entry.getModTime());
                        out.putArchiveEntry(script);
                        out.write(wrapper);
                    } else {
                        out.putArchiveEntry(entry);
                        in.transferTo(out);
                    }
                    out.closeArchiveEntry();
                }
            }
            return new ByteArrayInputStream(repacked.toByteArray());
        }

        private static TarArchiveEntry renamed(TarArchiveEntry entry, String name) {
            TarArchiveEntry copy = new TarArchiveEntry(name);
            copy.setMode(entry.getMode());
            copy.setSize(entry.getSize());
            copy.setModTime(entry.getModTime());
            return copy;
        }

        /** Runs the real program as nobody in a new user namespace when started as root, else as it is. */
        private static byte[] wrapper(String program) {
            return ("""
                    #!/bin/sh
                    real="$(dirname "$0")/%s.real"
                    if [ "$(id -u)" = 0 ]; then
                      exec unshare --user --map-user=65534 --map-group=65534 "$real" "$@"
                    fi
                    exec "$real" "$@"
                    """).formatted(program).getBytes(StandardCharsets.US_ASCII);
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
