package dev.ednag.spaces.nb101;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a labelled spec into its canonical {@link Nb101Cell}: prune as NAS-Bench-101 does, then pick,
 * among all relabellings of the intermediate vertices that keep every edge pointing forward (the
 * topological orders), the one whose (adjacency, ops) code is smallest. Two specs that differ only in
 * how the intermediate vertices are numbered have the same set of such codes, hence the same minimum:
 * this is exact graph canonicalisation, not a hash. With at most five intermediate vertices it tries at
 * most 5! = 120 orders.
 *
 * <p>The code of an order reads the upper-triangular adjacency bits row by row (first pair most
 * significant), then the intermediate vertices' op ordinals (first vertex most significant), so a
 * smaller code means a lexicographically smaller (adjacency, ops) pair.
 */
final class Nb101Canonical {

    /** Bits reserved for the ops part of a code: two per intermediate vertex. */
    static final int OPS_BITS = 2 * (Nb101Graph.MAX_VERTICES - 2);

    /** For each vertex count, every order of the vertices with the input first and the output last. */
    private static final byte[][][] ORDERS = new byte[Nb101Graph.MAX_VERTICES + 1][][];

    static {
        for (int n = 2; n <= Nb101Graph.MAX_VERTICES; n++) {
            List<byte[]> orders = new ArrayList<>();
            byte[] order = new byte[n];
            order[n - 1] = (byte) (n - 1);
            permuteIntermediates(order, 1, orders);
            ORDERS[n] = orders.toArray(new byte[0][]);
        }
    }

    private static void permuteIntermediates(byte[] order, int position, List<byte[]> out) {
        int n = order.length;
        if (position == n - 1) {
            out.add(order.clone());
            return;
        }
        for (int vertex = 1; vertex < n - 1; vertex++) {
            boolean used = false;
            for (int p = 1; p < position; p++) {
                used |= order[p] == vertex;
            }
            if (!used) {
                order[position] = (byte) vertex;
                permuteIntermediates(order, position + 1, out);
            }
        }
    }

    private Nb101Canonical() {
    }

    /**
     * The canonical cell of the spec on vertices {@code 0 .. n-1} (edges must point from lower to
     * higher vertices), or null when pruning disconnects the input from the output or leaves more than
     * nine edges.
     */
    static Nb101Cell of(long edges, int ops, int n) {
        int kept = Nb101Graph.verticesOnInputOutputPaths(edges, n);
        if (kept == 0 || Nb101Graph.edgesWithin(edges, n, kept) > Nb101Graph.MAX_EDGES) {
            return null;
        }
        long prunedEdges = 0;
        int prunedOps = 0;
        for (int u = 0; u < n; u++) {
            if ((kept & (1 << u)) == 0) {
                continue;
            }
            int newU = Integer.bitCount(kept & ((1 << u) - 1));
            prunedOps = Nb101Graph.withOp(prunedOps, newU, Nb101Graph.op(ops, u));
            int targets = Nb101Graph.successors(edges, u) & kept;
            while (targets != 0) {
                int v = Integer.numberOfTrailingZeros(targets);
                targets &= targets - 1;
                prunedEdges |= Nb101Graph.edge(newU, Integer.bitCount(kept & ((1 << v) - 1)));
            }
        }
        int vertices = Integer.bitCount(kept);
        long code = smallestCode(prunedEdges, prunedOps, vertices);
        return new Nb101Cell(vertices, (int) (code >>> OPS_BITS), (int) code & ((1 << OPS_BITS) - 1));
    }

    /** The smallest code over the topological orders of an already pruned spec of {@code n} vertices. */
    static long smallestCode(long edges, int ops, int n) {
        long best = Long.MAX_VALUE;
        for (byte[] order : ORDERS[n]) {
            long code = code(edges, ops, n, order);
            if (code >= 0 && code < best) {
                best = code;
            }
        }
        return best;
    }

    /** Whether numbering the vertices as they are already gives the smallest code. */
    static boolean isCanonicalAsNumbered(long edges, int ops, int n) {
        long own = code(edges, ops, n, ORDERS[n][0]); // the first order is the identity
        for (byte[] order : ORDERS[n]) {
            long code = code(edges, ops, n, order);
            if (code >= 0 && code < own) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code of the spec renumbered so that new vertex i is old vertex {@code order[i]}; -1 when the
     * renumbering makes some edge point backwards.
     */
    private static long code(long edges, int ops, int n, byte[] order) {
        int adjacency = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                adjacency <<= 1;
                if (Nb101Graph.hasEdge(edges, order[i], order[j])) {
                    adjacency |= 1;
                } else if (Nb101Graph.hasEdge(edges, order[j], order[i])) {
                    return -1;
                }
            }
        }
        int opsCode = 0;
        for (int i = 1; i < n - 1; i++) {
            opsCode = (opsCode << 2) | Nb101Graph.op(ops, order[i]);
        }
        return ((long) adjacency << OPS_BITS) | opsCode;
    }
}
