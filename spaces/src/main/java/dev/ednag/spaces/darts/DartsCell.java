package dev.ednag.spaces.darts;

/**
 * One DARTS cell in canonical form. A cell has two inputs (nodes 0 and 1, the outputs of the two
 * previous cells) and four intermediate nodes (nodes 2..5). Intermediate node {@code i} (0..3) is fed
 * by exactly two edges from distinct earlier nodes among {@code 0..i+1}, each edge carrying one
 * {@link DartsOp}. Edges {@code 2i} and {@code 2i+1} belong to intermediate node {@code i}.
 *
 * <p>The two edges of a node are an unordered pair, so the canonical form lists them ordered by input
 * (their inputs are distinct, so the op never has to break a tie). Canonical cells are numbered by
 * {@link #code()}, a mixed-radix number with node 0 most significant whose digit for node {@code i}
 * is {@code pair · 49 + lowerOp · 7 + upperOp}; {@code pair} numbers the input pairs
 * {@code (0,1), (0,2), (1,2), (0,3), …} so that node {@code i} uses the first {@code C(i+2, 2)} of them.
 * The numbering lets a cell be a single {@code int}: there are {@code 180 · 7^8 = 1,037,664,180}.
 */
public final class DartsCell {

    /** Intermediate nodes per cell. */
    public static final int NODES = 4;

    /** Edges per cell, two per intermediate node. */
    public static final int EDGES = 2 * NODES;

    /** Number of canonical cells: C(2,2)·C(3,2)·C(4,2)·C(5,2) input pairs times 7^8 op choices. */
    public static final int COUNT = 1_037_664_180;

    private static final int OP_PAIRS = DartsOp.COUNT * DartsOp.COUNT;
    private static final int PAIRS = 10; // C(5, 2): the input pairs of the last node
    private static final int[] PAIR_LOWER = new int[PAIRS];
    private static final int[] PAIR_UPPER = new int[PAIRS];
    private static final int[] NODE_OPTIONS = new int[NODES];
    /** The place value of each node's digit in {@link #code()}. */
    private static final int[] PLACE = new int[NODES];

    static {
        for (int upper = 1; upper <= NODES; upper++) {
            for (int lower = 0; lower < upper; lower++) {
                PAIR_LOWER[pairIndex(lower, upper)] = lower;
                PAIR_UPPER[pairIndex(lower, upper)] = upper;
            }
        }
        long place = 1;
        for (int node = NODES - 1; node >= 0; node--) {
            int inputs = inputCount(node);
            NODE_OPTIONS[node] = inputs * (inputs - 1) / 2 * OP_PAIRS;
            PLACE[node] = (int) place;
            place *= NODE_OPTIONS[node];
        }
        if (place != COUNT) {
            throw new AssertionError("DARTS cell count " + place + " != " + COUNT);
        }
    }

    private final int code;

    /** Only this package builds cells, from codes it has computed. */
    DartsCell(int code) {
        if (code < 0 || code >= COUNT) {
            throw new IllegalArgumentException("DARTS cell code must be in 0.." + (COUNT - 1) + ", got " + code);
        }
        this.code = code;
    }

    /** This cell's number, 0..{@link #COUNT}−1 (see the class comment). */
    public int code() {
        return code;
    }

    /** The input node (0..5) of {@code edge} (0..7); edge {@code 2i} has the lower input of node {@code i}. */
    public int input(int edge) {
        int pair = digitOfEdge(edge) / OP_PAIRS;
        return (edge & 1) == 0 ? PAIR_LOWER[pair] : PAIR_UPPER[pair];
    }

    /** The op on {@code edge} (0..7). */
    public DartsOp op(int edge) {
        int digit = digitOfEdge(edge);
        return DartsOp.ofOrdinal((edge & 1) == 0 ? digit / DartsOp.COUNT % DartsOp.COUNT : digit % DartsOp.COUNT);
    }

    private int digitOfEdge(int edge) {
        int node = edge >> 1;
        if (edge < 0 || node >= NODES) {
            throw new IndexOutOfBoundsException("DARTS cell edge must be in 0.." + (EDGES - 1) + ", got " + edge);
        }
        return code / PLACE[node] % NODE_OPTIONS[node];
    }

    /** The eight edges as {@code op~input} tokens joined by {@code |}, in canonical order. */
    public String tokens() {
        return appendTokens(new StringBuilder(120)).toString();
    }

    StringBuilder appendTokens(StringBuilder sb) {
        for (int edge = 0; edge < EDGES; edge++) {
            if (edge > 0) {
                sb.append('|');
            }
            sb.append(op(edge).token()).append('~').append(input(edge));
        }
        return sb;
    }

    /** How many earlier nodes intermediate node {@code node} may read: {@code 0..node+1}. */
    static int inputCount(int node) {
        return node + 2;
    }

    /** How many canonical edge pairs intermediate node {@code node} has: C(node+2, 2) · 49. */
    static int nodeOptions(int node) {
        return NODE_OPTIONS[node];
    }

    /**
     * The digit of a node whose edges are {@code (inputA, opA)} and {@code (inputB, opB)} in either
     * order, or −1 when the two inputs coincide. Inputs must already be in range for the node.
     */
    static int nodeDigit(int inputA, int opA, int inputB, int opB) {
        if (inputA == inputB) {
            return -1;
        }
        return inputA < inputB
                ? pairIndex(inputA, inputB) * OP_PAIRS + opA * DartsOp.COUNT + opB
                : pairIndex(inputB, inputA) * OP_PAIRS + opB * DartsOp.COUNT + opA;
    }

    /**
     * The canonical code of the cell whose edge {@code e} reads {@code inputs[from + e]} through op
     * ordinal {@code ops[from + e]}, or −1 when a node's two inputs coincide. Inputs must be in range.
     */
    static int code(int[] inputs, int[] ops, int from) {
        int code = 0;
        for (int node = 0; node < NODES; node++) {
            int a = from + 2 * node;
            int digit = nodeDigit(inputs[a], ops[a], inputs[a + 1], ops[a + 1]);
            if (digit < 0) {
                return -1;
            }
            code = code * NODE_OPTIONS[node] + digit;
        }
        return code;
    }

    private static int pairIndex(int lower, int upper) {
        return upper * (upper - 1) / 2 + lower;
    }

    /** Equal exactly when the codes (hence the canonical tokens) are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DartsCell cell && cell.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return tokens();
    }
}
