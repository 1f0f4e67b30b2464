package dev.ednag.spaces.nb101;

/**
 * Bit tricks for a labelled spec of at most seven vertices, used on the decoding hot path instead of
 * matrices and lists. Edges are a {@code long} with bit {@code 7u + v} set for the edge u→v; ops are
 * an {@code int} with two bits per vertex, vertex v at bits {@code 2v, 2v + 1}, holding its
 * {@link Nb101Op} ordinal (ignored for the input and output vertices).
 */
final class Nb101Graph {

    /** The most vertices a NAS-Bench-101 spec has. */
    static final int MAX_VERTICES = 7;

    /** The most edges a spec may keep after pruning. */
    static final int MAX_EDGES = 9;

    private static final int ROW_MASK = (1 << MAX_VERTICES) - 1;

    private Nb101Graph() {
    }

    /** The edge bit of u→v. */
    static long edge(int u, int v) {
        return 1L << (u * MAX_VERTICES + v);
    }

    static boolean hasEdge(long edges, int u, int v) {
        return (edges & edge(u, v)) != 0;
    }

    /** The targets of the edges leaving {@code u}, as a vertex bit mask. */
    static int successors(long edges, int u) {
        return (int) (edges >>> (u * MAX_VERTICES)) & ROW_MASK;
    }

    /** The op ordinal of vertex {@code v}. */
    static int op(int ops, int v) {
        return (ops >>> (2 * v)) & 3;
    }

    /** {@code ops} with vertex {@code v} set to {@code ordinal}. */
    static int withOp(int ops, int v, int ordinal) {
        return (ops & ~(3 << (2 * v))) | (ordinal << (2 * v));
    }

    /** Number of upper-triangular vertex pairs u &lt; v among {@code n} vertices. */
    static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /**
     * The edges whose pair bits are set in {@code mask}: bit i is the i-th pair u &lt; v of {@code n}
     * vertices, counted row by row (0→1, 0→2, …, 1→2, …).
     */
    static long edgesOfPairMask(int mask, int n) {
        long edges = 0;
        int bit = 0;
        for (int u = 0; u < n - 1; u++) {
            for (int v = u + 1; v < n; v++) {
                if ((mask >>> bit++ & 1) != 0) {
                    edges |= edge(u, v);
                }
            }
        }
        return edges;
    }

    /**
     * The vertices that lie on a path from the input (vertex 0) to the output (vertex n-1), as a bit
     * mask; 0 when the input does not reach the output. This is NAS-Bench-101's pruning: every other
     * vertex, and each edge touching one, is dropped. Edges must go from lower to higher vertices.
     */
    static int verticesOnInputOutputPaths(long edges, int n) {
        int output = 1 << (n - 1);
        int fromInput = 1;
        for (int u = 0; u < n - 1; u++) {
            if ((fromInput & (1 << u)) != 0) {
                fromInput |= successors(edges, u);
            }
        }
        if ((fromInput & output) == 0) {
            return 0;
        }
        int toOutput = output;
        for (int u = n - 2; u >= 0; u--) {
            if ((successors(edges, u) & toOutput) != 0) {
                toOutput |= 1 << u;
            }
        }
        return fromInput & toOutput;
    }

    /** The vertices that have at least one edge, as a bit mask. */
    static int verticesWithEdges(long edges, int n) {
        int touched = 0;
        for (int u = 0; u < n; u++) {
            int targets = successors(edges, u);
            touched |= targets;
            if (targets != 0) {
                touched |= 1 << u;
            }
        }
        return touched;
    }

    /** Number of edges between vertices of {@code kept}. */
    static int edgesWithin(long edges, int n, int kept) {
        int count = 0;
        for (int u = 0; u < n; u++) {
            if ((kept & (1 << u)) != 0) {
                count += Integer.bitCount(successors(edges, u) & kept);
            }
        }
        return count;
    }
}
