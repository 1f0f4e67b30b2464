package dev.ednag.benchmarks;

import java.util.Arrays;

/**
 * Collects one CSV column while the file streams by. Its type is decided by its first non-empty
 * value: a number makes it numeric (later non-numbers are errors), anything else makes it a text
 * column that is skipped from then on.
 */
final class ColumnBuilder {

    enum Type { UNDECIDED, NUMERIC, TEXT }

    private final String name;
    private Type type = Type.UNDECIDED;
    private int typeLine;
    private double[] values = new double[1024];
    private int size;

    ColumnBuilder(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    Type type() {
        return type;
    }

    /** The line on which the type was decided. */
    int typeLine() {
        return typeLine;
    }

    /**
     * Appends {@code field} (stripped) read on {@code line}.
     *
     * @throws NumberFormatException when a numeric column gets a non-number
     */
    void add(String field, int line) {
        if (type == Type.TEXT) {
            return;
        }
        double value;
        if (field.isEmpty()) {
            value = Double.NaN;
        } else if (type == Type.NUMERIC) {
            value = NumberField.parse(field);
        } else {
            try {
                value = NumberField.parse(field);
                type = Type.NUMERIC;
            } catch (NumberFormatException e) {
                type = Type.TEXT;
                values = null;
                typeLine = line;
                return;
            }
            typeLine = line;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** The values, trimmed to the row count; an all-empty column counts as numeric (all NaN). */
    double[] values() {
        return Arrays.copyOf(values, size);
    }
}
