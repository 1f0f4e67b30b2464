package dev.ednag.spaces.tnb101;

import dev.ednag.core.space.Architecture;
import java.util.List;

/**
 * One TransNAS-Bench-101 micro cell: an op on each of the six edges of a 4-node DAG, edges in the
 * order 0→1, 0→2, 1→2, 0→3, 1→3, 2→3. The network skeleton around the cell is fixed ({@code 41414}).
 * Instances are interned by {@link Tnb101MicroSpace}, which builds all 4,096 once; obtain them there.
 *
 * <p>{@link #index()} reads the six op codes as a base-4 number, edge 0 most significant.
 */
public final class Tnb101MicroCell implements Architecture {

    /** Number of edges in a cell. */
    public static final int EDGES = 6;

    /** Number of distinct cells, 4⁶. */
    public static final int COUNT = 4_096;

    /** The fixed skeleton all micro cells are stacked in, as the benchmark names it. */
    static final String PREFIX = "64-41414-";

    private static final int OPS = 4;

    private final int index;
    private final String key;

    /** Only {@link Tnb101MicroSpace} builds cells, so each index exists once. */
    Tnb101MicroCell(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("TransNAS-Bench-101 cell index must be in 0.." + (COUNT - 1)
                    + ", got " + index);
        }
        this.index = index;
        this.key = buildKey();
    }

    // Digits grouped by target node: a_bc_def = node1<-0, node2<-0,1, node3<-0,1,2.
    private String buildKey() {
        StringBuilder sb = new StringBuilder(PREFIX.length() + 8).append(PREFIX);
        for (int edge = 0; edge < EDGES; edge++) {
            if (edge == 1 || edge == 3) {
                sb.append('_');
            }
            sb.append(code(edge));
        }
        return sb.toString();
    }

    /** The official name, e.g. {@code 64-41414-3_33_313}. */
    @Override
    public String key() {
        return key;
    }

    /** The op codes read as a base-4 number, edge 0 most significant: 0..4095. */
    public int index() {
        return index;
    }

    /** The op code (0..3) on {@code edge} (0..5). */
    public int code(int edge) {
        int shift = 2 * (EDGES - 1 - edge);
        return (index >>> shift) & (OPS - 1);
    }

    /** The op on {@code edge} (0..5, in the order 0→1, 0→2, 1→2, 0→3, 1→3, 2→3). */
    public Tnb101MicroOp op(int edge) {
        return Tnb101MicroOp.ofCode(code(edge));
    }

    /** The six ops in edge order. */
    public List<Tnb101MicroOp> ops() {
        Tnb101MicroOp[] ops = new Tnb101MicroOp[EDGES];
        for (int edge = 0; edge < EDGES; edge++) {
            ops[edge] = op(edge);
        }
        return List.of(ops);
    }

    /** Equal exactly when the indices (hence the keys) are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tnb101MicroCell cell && cell.index == index;
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
