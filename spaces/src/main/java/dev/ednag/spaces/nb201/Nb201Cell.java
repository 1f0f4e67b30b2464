package dev.ednag.spaces.nb201;

import dev.ednag.core.space.Architecture;
import java.util.List;

/**
 * One NAS-Bench-201 cell: an op on each of the six edges of a 4-node DAG, in the benchmark's edge
 * order 0→1, 0→2, 1→2, 0→3, 1→3, 2→3. Instances are interned by {@link Nb201Space}, which builds
 * all 15,625 of them once; obtain them there.
 *
 * <p>{@link #index()} is ednag's own numbering: the op ordinals read as a base-5 number with edge 0
 * (0→1) as the most significant digit, so it equals the benchmark table's {@code op_code} read in
 * base 5. It is <em>not</em> the official NAS-Bench-201 {@code index} column.
 */
public final class Nb201Cell implements Architecture {

    /** Number of edges in a cell. */
    public static final int EDGES = 6;

    /** Number of distinct cells, 5⁶. */
    public static final int COUNT = 15_625;

    private static final int[] SOURCE = {0, 0, 1, 0, 1, 2};
    private static final int[] TARGET = {1, 2, 2, 3, 3, 3};

    private final int index;
    private final byte[] ordinals;
    private final String key;

    /** Only {@link Nb201Space} builds cells, so each index exists once. */
    Nb201Cell(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("NAS-Bench-201 cell index must be in 0.." + (COUNT - 1) + ", got " + index);
        }
        this.index = index;
        this.ordinals = new byte[EDGES];
        int rest = index;
        for (int edge = EDGES - 1; edge >= 0; edge--) {
            ordinals[edge] = (byte) (rest % 5);
            rest /= 5;
        }
        this.key = buildKey();
    }

    private String buildKey() {
        StringBuilder sb = new StringBuilder(100).append('|');
        for (int edge = 0; edge < EDGES; edge++) {
            if (edge > 0 && SOURCE[edge] == 0) {
                sb.append("+|"); // a new target node starts a new group
            }
            sb.append(op(edge).token()).append('~').append(SOURCE[edge]).append('|');
        }
        return sb.toString();
    }

    /** The official arch string, e.g. {@code |nor_conv_3x3~0|+|none~0|skip_connect~1|+|…~0|…~1|…~2|}. */
    @Override
    public String key() {
        return key;
    }

    /** ednag's index 0..15624 (base-5 op ordinals, edge 0 most significant); not the official NB201 index. */
    public int index() {
        return index;
    }

    /** The op on {@code edge} (0..5, in the order 0→1, 0→2, 1→2, 0→3, 1→3, 2→3). */
    public Nb201Op op(int edge) {
        return Nb201Op.ofOrdinal(ordinals[edge]);
    }

    /** The six ops in edge order. */
    public List<Nb201Op> ops() {
        Nb201Op[] ops = new Nb201Op[EDGES];
        for (int edge = 0; edge < EDGES; edge++) {
            ops[edge] = op(edge);
        }
        return List.of(ops);
    }

    /** The source node (0..2) of {@code edge}. */
    public static int source(int edge) {
        return SOURCE[edge];
    }

    /** The target node (1..3) of {@code edge}. */
    public static int target(int edge) {
        return TARGET[edge];
    }

    /** Equal exactly when the indices (hence the keys) are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Nb201Cell cell && cell.index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return key;
    }
}
