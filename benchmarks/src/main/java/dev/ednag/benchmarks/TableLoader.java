package dev.ednag.benchmarks;

import dev.ednag.core.space.SearchSpace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads metric tables from CSV files, plain or gzipped (recognised by content, not by name).
 *
 * <p>Format: UTF-8, comma-separated, a header line that must contain {@code arch_str}; one row per
 * architecture; an empty field (or {@code NaN}) is a missing value. A column is numeric when its
 * first non-empty value is a number, and then every later value must be a number too; other
 * columns are text and are skipped (their names are kept in {@link MetricTable#ignoredColumns()}).
 * CRLF line ends, blank lines, a byte-order mark and double-quoted fields are tolerated.
 *
 * <p>Every problem is reported as a {@link TableFormatException} with a one-line message that names
 * the file, the line where there is one, and what was expected.
 */
public final class TableLoader {

    private TableLoader() {
    }

    /** Loads {@code file} without checking the keys against a search space. */
    public static MetricTable load(Path file) throws TableFormatException {
        return load(file, null);
    }

    /**
     * Loads {@code file}; when {@code space} is not null, every {@code arch_str} must parse in it
     * (and is stored in the space's canonical form).
     */
    public static MetricTable load(Path file, SearchSpace space) throws TableFormatException {
        Objects.requireNonNull(file, "file");
        String display = file.toString();
        Path name = file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
            String fileName = name == null ? display : name.toString();
            return new CsvTableReader(display, fileName, TableKey.archStr(space)).read(in);
        } catch (TableFormatException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new TableFormatException(display + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new TableFormatException(display + ": cannot read it (permission denied)", e);
        } catch (IOException e) {
            throw new TableFormatException(display + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Loads a classpath resource, resolved like {@link Class#getResourceAsStream(String)} relative
     * to {@code anchor}'s package (or absolute with a leading {@code /}).
     */
    public static MetricTable loadResource(Class<?> anchor, String resource, SearchSpace space)
            throws TableFormatException {
        return loadKeyedResource(anchor, resource, TableKey.archStr(space));
    }

    /** {@link #loadResource(Class, String, SearchSpace)} with rows keyed by {@code key}. */
    public static MetricTable loadKeyedResource(Class<?> anchor, String resource, TableKey key)
            throws TableFormatException {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TableFormatException("classpath resource '" + resource + "' (relative to "
                        + anchor.getPackageName() + ") not found");
            }
            return new CsvTableReader(name, name, key).read(in);
        } catch (TableFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new TableFormatException(name + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a table from {@code in} (not closed), naming it {@code name} in messages and in its
     * {@link DataFile}.
     */
    public static MetricTable read(InputStream in, String name, SearchSpace space) throws TableFormatException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        try {
            return new CsvTableReader(name, name, TableKey.archStr(space)).read(in);
        } catch (TableFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new TableFormatException(name + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }
}
