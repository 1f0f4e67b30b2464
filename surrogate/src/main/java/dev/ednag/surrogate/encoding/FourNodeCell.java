package dev.ednag.surrogate.encoding;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Op;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.spaces.tnb101.Tnb101MicroCell;
import dev.ednag.spaces.tnb101.Tnb101MicroOp;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;

/**
 * The cell spaces built on the same 4-node DAG, one op on each of the edges 0→1, 0→2, 1→2, 0→3,
 * 1→3, 2→3 (edge indices 0..5). Both number their cells by the op codes read as one base-{@link #ops()}
 * number, edge 0 most significant, so {@link #index} gives every edge's op without allocating; the
 * path and one-hot encodings read cells through it and need not know the cell classes.
 */
enum FourNodeCell {

    /** NAS-Bench-201: codes are {@link Nb201Op} ordinals, 0 = none (zero). */
    NB201(Nb201Space.instance(), Nb201Op.values().length, Nb201Op.NONE.ordinal(), Nb201Cell.class) {
        @Override
        int indexOf(Architecture architecture) {
            return ((Nb201Cell) architecture).index();
        }
    },

    /** TransNAS-Bench-101 micro: codes are {@link Tnb101MicroOp} codes, 0 = none (zeroise). */
    TNB101_MICRO(Tnb101MicroSpace.instance(), Tnb101MicroOp.values().length, Tnb101MicroOp.NONE.code(),
            Tnb101MicroCell.class) {
        @Override
        int indexOf(Architecture architecture) {
            return ((Tnb101MicroCell) architecture).index();
        }
    };

    /** Edges of the cell. */
    static final int EDGES = 6;

    private final SearchSpace space;
    private final int ops;
    private final int zeroOp;
    private final Class<? extends Architecture> cellClass;
    /** {@code ops^(EDGES - 1 - edge)}: the place value of each edge's digit in the cell index. */
    private final int[] placeValues = new int[EDGES];

    FourNodeCell(SearchSpace space, int ops, int zeroOp, Class<? extends Architecture> cellClass) {
        this.space = space;
        this.ops = ops;
        this.zeroOp = zeroOp;
        this.cellClass = cellClass;
        for (int edge = EDGES - 1, value = 1; edge >= 0; edge--, value *= ops) {
            placeValues[edge] = value;
        }
    }

    /** The space of these cells. */
    SearchSpace space() {
        return space;
    }

    /** The number of ops an edge can carry. */
    int ops() {
        return ops;
    }

    /** The code of the op that carries nothing (zero / zeroise). */
    int zeroOp() {
        return zeroOp;
    }

    /** The op code of {@code edge} in a cell whose {@link #index} is {@code index}. */
    int op(int index, int edge) {
        return index / placeValues[edge] % ops;
    }

    /**
     * The cell's index: its op codes as a base-{@link #ops()} number, edge 0 most significant.
     *
     * @param user the encoding asking, named in the message
     * @throws IllegalArgumentException when {@code architecture} is not a cell of this space
     */
    int index(Architecture architecture, String user) {
        if (!cellClass.isInstance(architecture)) {
            throw new IllegalArgumentException(user + " of " + space.name() + " needs a " + cellClass.getSimpleName()
                    + ", got " + Encodings.describe(architecture));
        }
        return indexOf(architecture);
    }

    abstract int indexOf(Architecture architecture);

    /** The cell kind of {@code space}, or null when it is not one of these spaces. */
    static FourNodeCell of(SearchSpace space) {
        for (FourNodeCell cell : values()) {
            if (cell.space == space) {
                return cell;
            }
        }
        return null;
    }
}
