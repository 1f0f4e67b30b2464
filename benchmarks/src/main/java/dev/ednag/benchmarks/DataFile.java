package dev.ednag.benchmarks;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file a table was read from, as recorded in run manifests: its file name (no directory, so
 * manifests do not leak machine paths), the SHA-256 of its bytes as stored (hex, lower case, of the
 * compressed bytes for a gzipped file) and its number of data rows.
 */
public record DataFile(String name, String sha256, int rows) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DataFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + name + " must be 64 lower-case hex digits, got '"
                    + sha256 + "'");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows of " + name + " must be >= 0, got " + rows);
        }
    }
}
