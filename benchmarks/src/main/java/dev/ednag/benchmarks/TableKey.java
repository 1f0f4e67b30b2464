package dev.ednag.benchmarks;

import dev.ednag.core.space.SearchSpace;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a table row names its architecture: the columns that hold it and how they become the
 * space's canonical key. Most tables have one {@code arch_str} column; the NAS-Bench-101 sample
 * spells a cell as an adjacency matrix and an op list, which only together make a key.
 *
 * @param columns the header names read for the key; they are not kept as metric columns
 * @param keyOf   the canonical key of a row from those fields, in {@code columns} order; throws
 *                IllegalArgumentException with a readable message when they name no architecture
 * @param averageRepeats when true, rows naming the same architecture are merged into one whose
 *                values are their means (a sample drawn as specs lists one cell once per labelling,
 *                with one training run each); when false a repeat is an error
 */
public record TableKey(List<String> columns, Function<List<String>, String> keyOf, boolean averageRepeats) {

    /** The column most tables name architectures by. */
    public static final String ARCH_STR = "arch_str";

    public TableKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table key needs at least one column");
        }
        Objects.requireNonNull(keyOf, "keyOf");
    }

    /** {@code arch_str} as written, when {@code space} is null; otherwise parsed and stored canonical. */
    public static TableKey archStr(SearchSpace space) {
        return new TableKey(List.of(ARCH_STR), fields -> space == null ? fields.get(0)
                : space.parse(fields.get(0)).key(), false);
    }
}
