package dev.ednag.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of numeric metrics per architecture: rows are architecture keys (in file order),
 * columns are named {@code double} arrays with NaN for a missing value. It also remembers where it
 * came from ({@link #source()}, {@link #dataFiles()}) so that results can cite the exact data.
 * Thread-safe: nothing changes after construction.
 */
public final class MetricTable {

    private final String source;
    private final String[] keys;
    private final Map<String, Integer> rowByKey;
    private final Map<String, double[]> columns;
    private final List<String> ignoredColumns;
    private final List<DataFile> dataFiles;

    /**
     * Builds a table, copying the inputs.
     *
     * @param source a short description of where the data came from (file names, not paths)
     * @param keys the architecture keys, distinct, one per row
     * @param columns numeric columns in display order, each with one value per key
     * @param ignoredColumns names of non-numeric columns that were present but not kept
     * @param dataFiles the files read, with their hashes
     * @throws IllegalArgumentException on duplicate keys or a column of the wrong length
     */
    public MetricTable(String source, List<String> keys, Map<String, double[]> columns, List<String> ignoredColumns,
            List<DataFile> dataFiles) {
        this(source, keys.toArray(String[]::new), copyColumns(columns), ignoredColumns, dataFiles);
    }

    /** Takes ownership of the arrays: the loader hands over what it just built, saving a copy. */
    MetricTable(String source, String[] keys, LinkedHashMap<String, double[]> columns, List<String> ignoredColumns,
            List<DataFile> dataFiles) {
        this.source = Objects.requireNonNull(source, "source");
        this.keys = keys;
        this.rowByKey = new HashMap<>(keys.length * 2);
        for (int row = 0; row < keys.length; row++) {
            String key = Objects.requireNonNull(keys[row], "key");
            Integer previous = rowByKey.put(key, row);
            if (previous != null) {
                throw new IllegalArgumentException(source + ": duplicate key '" + key + "' in rows " + previous
                        + " and " + row);
            }
        }
        for (Map.Entry<String, double[]> column : columns.entrySet()) {
            if (column.getValue().length != keys.length) {
                throw new IllegalArgumentException(source + ": column '" + column.getKey() + "' has "
                        + column.getValue().length + " values for " + keys.length + " keys");
            }
        }
        this.columns = Collections.unmodifiableMap(columns);
        this.ignoredColumns = List.copyOf(ignoredColumns);
        this.dataFiles = List.copyOf(dataFiles);
    }

    private static LinkedHashMap<String, double[]> copyColumns(Map<String, double[]> columns) {
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((name, values) -> copy.put(Objects.requireNonNull(name, "column name"), values.clone()));
        return copy;
    }

    /** Where the data came from, e.g. {@code nb201_200ep.csv.gz + nb201_12ep.csv.gz}. */
    public String source() {
        return source;
    }

    /** Number of rows (architectures). */
    public int size() {
        return keys.length;
    }

    /** The key of {@code row}. */
    public String key(int row) {
        return keys[row];
    }

    /** All keys in row order. */
    public List<String> keys() {
        return List.of(keys);
    }

    /** The row of {@code key}, or −1 when the table has no such architecture. */
    public int row(String key) {
        Integer row = rowByKey.get(key);
        return row == null ? -1 : row;
    }

    /** Numeric column names in table order. */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** Text columns other than {@code arch_str} that were in the file but are not kept. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** The files this table was read from, with SHA-256 and row counts. */
    public List<DataFile> dataFiles() {
        return dataFiles;
    }

    /**
     * The value in {@code column} at {@code row}; NaN when missing.
     *
     * @throws IllegalArgumentException for an unknown column
     */
    public double value(String column, int row) {
        return values(column)[row];
    }

    /** A copy of {@code column}'s values in row order. */
    public double[] column(String column) {
        return values(column).clone();
    }

    private double[] values(String column) {
        double[] values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException("no column '" + column + "' in " + source + "; columns: "
                    + String.join(", ", columns.keySet()));
        }
        return values;
    }

    /**
     * Joins {@code other}'s columns onto this table by key, renaming each to {@code name + suffix}.
     * Rows keep this table's order; sources and data files are concatenated.
     *
     * @throws IllegalArgumentException when the key sets differ or a renamed column already exists
     */
    public MetricTable merge(MetricTable other, String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        if (other.size() != size()) {
            throw new IllegalArgumentException("cannot merge " + other.source + " (" + other.size() + " rows) into "
                    + source + " (" + size() + " rows): the key sets differ");
        }
        int[] otherRow = new int[keys.length];
        for (int row = 0; row < keys.length; row++) {
            otherRow[row] = other.row(keys[row]);
            if (otherRow[row] < 0) {
                throw new IllegalArgumentException("cannot merge " + other.source + " into " + source
                        + ": key '" + keys[row] + "' is missing from " + other.source);
            }
        }
        LinkedHashMap<String, double[]> merged = new LinkedHashMap<>(columns);
        for (Map.Entry<String, double[]> column : other.columns.entrySet()) {
            String name = column.getKey() + suffix;
            if (merged.containsKey(name)) {
                throw new IllegalArgumentException("cannot merge " + other.source + " into " + source
                        + ": column '" + name + "' would exist twice");
            }
            double[] values = new double[keys.length];
            double[] from = column.getValue();
            for (int row = 0; row < keys.length; row++) {
                values[row] = from[otherRow[row]];
            }
            merged.put(name, values);
        }
        List<String> ignored = new ArrayList<>(ignoredColumns);
        other.ignoredColumns.forEach(name -> ignored.add(name + suffix));
        List<DataFile> files = new ArrayList<>(dataFiles);
        files.addAll(other.dataFiles);
        // Columns of this table are shared, not copied: both tables are immutable.
        return new MetricTable(source + " + " + other.source, keys, merged, ignored, files);
    }

    /**
     * This table with one more column, e.g. a metric rescaled to the scale papers report it on.
     *
     * @throws IllegalArgumentException when the column exists or has the wrong length
     */
    public MetricTable withColumn(String name, double[] values) {
        Objects.requireNonNull(name, "name");
        if (columns.containsKey(name)) {
            throw new IllegalArgumentException(source + " already has a column '" + name + "'");
        }
        LinkedHashMap<String, double[]> more = new LinkedHashMap<>(columns);
        more.put(name, values.clone());
        return new MetricTable(source, keys, more, ignoredColumns, dataFiles);
    }

    @Override
    public String toString() {
        return "MetricTable[" + source + ", " + keys.length + " rows, columns " + columns.keySet() + "]";
    }
}
