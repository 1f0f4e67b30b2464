package dev.ednag.spaces.nb101;

import java.util.ArrayList;
import java.util.List;

/**
 * The EDNAG paper's restricted NAS-Bench-101 variant: only the adjacency is searched, and the seven
 * spec vertices always carry {@code input, conv1x1, conv3x3, conv3x3, conv3x3, maxpool3x3, output}
 * (before pruning).
 *
 * <p>A cell can be spelled with these ops exactly when its intermediate vertices can be placed on
 * spec vertices 1..5 in increasing order with matching ops: at most one conv1x1 (placed on 1, so it may
 * have no intermediate predecessor), at most three conv3x3 (on 2..4) and at most one maxpool (on 5, so
 * it may have no intermediate successor).
 */
final class Nb101FixedOps {

    /** The ops of spec vertices 0..6 in {@link Nb101Graph}'s packed form. */
    static final int SPEC_OPS;

    /** The spec's labels, as the benchmark writes them. */
    static final List<String> SPEC_LABELS = List.of(Nb101Op.INPUT, Nb101Op.CONV1X1.benchmarkName(),
            Nb101Op.CONV3X3.benchmarkName(), Nb101Op.CONV3X3.benchmarkName(), Nb101Op.CONV3X3.benchmarkName(),
            Nb101Op.MAXPOOL3X3.benchmarkName(), Nb101Op.OUTPUT);

    private static final int CONV1X1_VERTEX = 1;
    private static final int FIRST_CONV3X3_VERTEX = 2;
    private static final int CONV3X3_VERTICES = 3;
    private static final int MAXPOOL_VERTEX = 5;

    static {
        int ops = Nb101Graph.withOp(0, CONV1X1_VERTEX, Nb101Op.CONV1X1.ordinal());
        for (int v = FIRST_CONV3X3_VERTEX; v < FIRST_CONV3X3_VERTEX + CONV3X3_VERTICES; v++) {
            ops = Nb101Graph.withOp(ops, v, Nb101Op.CONV3X3.ordinal());
        }
        SPEC_OPS = Nb101Graph.withOp(ops, MAXPOOL_VERTEX, Nb101Op.MAXPOOL3X3.ordinal());
    }

    private Nb101FixedOps() {
    }

    /** Why the fixed ops cannot spell {@code cell}, or null when they can. */
    static String problem(Nb101Cell cell) {
        int n = cell.vertexCount();
        int[] counts = new int[3];
        for (int v = 1; v < n - 1; v++) {
            Nb101Op op = cell.op(v);
            counts[op.ordinal()]++;
            if (op == Nb101Op.CONV1X1 && hasIntermediateNeighbour(cell, v, true)) {
                return "its conv1x1 vertex " + v + " has an intermediate predecessor, but the fixed conv1x1 is vertex 1";
            }
            if (op == Nb101Op.MAXPOOL3X3 && hasIntermediateNeighbour(cell, v, false)) {
                return "its maxpool3x3 vertex " + v + " has an intermediate successor, but the fixed maxpool is vertex 5";
            }
        }
        if (counts[Nb101Op.CONV1X1.ordinal()] > 1 || counts[Nb101Op.CONV3X3.ordinal()] > CONV3X3_VERTICES
                || counts[Nb101Op.MAXPOOL3X3.ordinal()] > 1) {
            return "it has " + counts[Nb101Op.CONV1X1.ordinal()] + " conv1x1, " + counts[Nb101Op.CONV3X3.ordinal()]
                    + " conv3x3 and " + counts[Nb101Op.MAXPOOL3X3.ordinal()]
                    + " maxpool3x3 vertices; the fixed ops allow at most 1, 3 and 1";
        }
        return null;
    }

    private static boolean hasIntermediateNeighbour(Nb101Cell cell, int v, boolean before) {
        int n = cell.vertexCount();
        for (int w = 1; w < n - 1; w++) {
            if (before ? w < v && cell.hasEdge(w, v) : w > v && cell.hasEdge(v, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spec vertex of each cell vertex: conv1x1 on 1, the conv3x3 vertices on 2, 3, 4 in cell order,
     * maxpool on 5, output on 6. Placed there, the cell's edges are a spec of this variant that prunes
     * back to the cell. Only for cells without a {@link #problem}.
     */
    static int[] places(Nb101Cell cell) {
        int n = cell.vertexCount();
        int[] places = new int[n];
        int nextConv3x3 = FIRST_CONV3X3_VERTEX;
        for (int v = 1; v < n - 1; v++) {
            places[v] = switch (cell.op(v)) {
                case CONV1X1 -> CONV1X1_VERTEX;
                case CONV3X3 -> nextConv3x3++;
                case MAXPOOL3X3 -> MAXPOOL_VERTEX;
            };
        }
        places[n - 1] = Nb101Graph.MAX_VERTICES - 1;
        return places;
    }

    /** Every cell of the variant, built on first use (a fraction of a second) and shared. */
    static List<Nb101Cell> all() {
        return Catalog.ALL;
    }

    /** Holds the listing so that it is only built when asked for. */
    private static final class Catalog {

        static final List<Nb101Cell> ALL = build();

        // Each cell once: the canonically numbered labelled graphs that need no pruning, kept when the
        // fixed ops can spell them.
        private static List<Nb101Cell> build() {
            List<Nb101Cell> out = new ArrayList<>();
            for (int n = 2; n <= Nb101Graph.MAX_VERTICES; n++) {
                int pairs = Nb101Graph.pairs(n);
                int opCombinations = (int) Math.pow(3, n - 2);
                for (int mask = 0; mask < 1 << pairs; mask++) {
                    if (Integer.bitCount(mask) > Nb101Graph.MAX_EDGES) {
                        continue;
                    }
                    long edges = Nb101Graph.edgesOfPairMask(mask, n);
                    if (Nb101Graph.verticesOnInputOutputPaths(edges, n) != (1 << n) - 1) {
                        continue;
                    }
                    for (int combination = 0; combination < opCombinations; combination++) {
                        int ops = opsOf(combination, n);
                        if (fitsCounts(ops, n) && Nb101Canonical.isCanonicalAsNumbered(edges, ops, n)) {
                            Nb101Cell cell = Nb101Canonical.of(edges, ops, n);
                            if (problem(cell) == null) {
                                out.add(cell);
                            }
                        }
                    }
                }
            }
            return List.copyOf(out);
        }

        private static int opsOf(int combination, int n) {
            int ops = 0;
            for (int v = 1; v < n - 1; v++) {
                ops = Nb101Graph.withOp(ops, v, combination % 3);
                combination /= 3;
            }
            return ops;
        }

        /** The cheap part of {@link #problem}, checked before canonicalising. */
        private static boolean fitsCounts(int ops, int n) {
            int[] counts = new int[3];
            for (int v = 1; v < n - 1; v++) {
                counts[Nb101Graph.op(ops, v)]++;
            }
            return counts[Nb101Op.CONV1X1.ordinal()] <= 1 && counts[Nb101Op.CONV3X3.ordinal()] <= CONV3X3_VERTICES
                    && counts[Nb101Op.MAXPOOL3X3.ordinal()] <= 1;
        }
    }
}
