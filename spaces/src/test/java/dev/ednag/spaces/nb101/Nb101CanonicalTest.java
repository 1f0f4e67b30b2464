package dev.ednag.spaces.nb101;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Nb101CanonicalTest {

    /**
     * Two independent counts of the cells with up to six vertices: distinct canonical cells of every
     * labelled spec, and labelled specs that are their own canonical numbering. They agree only if the
     * canonical form is the same for all numberings of a graph and differs between graphs. (Over seven
     * vertices too, the counts give 359,082 more, 423,624 in all: the benchmark's own number of unique
     * graphs. That takes far longer than a unit test should, so it was checked once, not here.)
     */
    @Test
    void canonicalFormsCountTheGraphsUpToSixVertices() {
        long[] expected = {0, 0, 1, 6, 84, 2_441, 62_010};
        for (int n = 2; n <= 6; n++) {
            Set<Nb101Cell> distinct = new HashSet<>();
            long selfCanonical = 0;
            int opCombinations = (int) Math.pow(3, n - 2);
            for (int mask = 0; mask < 1 << Nb101Graph.pairs(n); mask++) {
                long edges = Nb101Graph.edgesOfPairMask(mask, n);
                boolean needsNoPruning = Nb101Graph.verticesOnInputOutputPaths(edges, n) == (1 << n) - 1;
                for (int combination = 0; combination < opCombinations; combination++) {
                    int ops = ops(combination, n);
                    Nb101Cell cell = Nb101Canonical.of(edges, ops, n);
                    if (cell != null && cell.vertexCount() == n) {
                        distinct.add(cell);
                    }
                    if (needsNoPruning && Integer.bitCount(mask) <= 9
                            && Nb101Canonical.isCanonicalAsNumbered(edges, ops, n)) {
                        selfCanonical++;
                    }
                }
            }
            assertEquals(expected[n], distinct.size(), "n=" + n);
            assertEquals(expected[n], selfCanonical, "n=" + n);
        }
    }

    private static int ops(int combination, int n) {
        int ops = 0;
        for (int v = 1; v < n - 1; v++) {
            ops = Nb101Graph.withOp(ops, v, combination % 3);
            combination /= 3;
        }
        return ops;
    }

    @Test
    void everyForwardRenumberingOfASpecGivesTheSameCell() {
        // in -> 1 -> 3 -> out, in -> 2 -> out, 1 -> 2, with three different ops
        long edges = Nb101Graph.edge(0, 1) | Nb101Graph.edge(1, 3) | Nb101Graph.edge(3, 4) | Nb101Graph.edge(0, 2)
                | Nb101Graph.edge(2, 4) | Nb101Graph.edge(1, 2);
        int ops = ops(0 + 3 * 1 + 9 * 2, 5); // vertex 1 c3, 2 c1, 3 mp
        Nb101Cell cell = Nb101Canonical.of(edges, ops, 5);
        // swap vertices 2 and 3: still forward, since 2 and 3 are not connected
        long swapped = Nb101Graph.edge(0, 1) | Nb101Graph.edge(1, 2) | Nb101Graph.edge(2, 4) | Nb101Graph.edge(0, 3)
                | Nb101Graph.edge(3, 4) | Nb101Graph.edge(1, 3);
        int swappedOps = ops(0 + 3 * 2 + 9 * 1, 5);
        assertEquals(cell, Nb101Canonical.of(swapped, swappedOps, 5));
        assertEquals(cell.key(), Nb101Canonical.of(swapped, swappedOps, 5).key());
    }

    @Test
    void pruningDropsVerticesOffTheInputOutputPathsAndTheirEdges() {
        // 0 -> 1 -> 6 plus 0 -> 2 (2 reaches nothing) and 3 -> 6 (3 is unreachable)
        long edges = Nb101Graph.edge(0, 1) | Nb101Graph.edge(1, 6) | Nb101Graph.edge(0, 2) | Nb101Graph.edge(3, 6);
        assertEquals(0b1000011, Nb101Graph.verticesOnInputOutputPaths(edges, 7));
        Nb101Cell cell = Nb101Canonical.of(edges, 0, 7);
        assertNotNull(cell);
        assertEquals(3, cell.vertexCount());
        assertEquals(2, cell.edgeCount());
    }

    @Test
    void invalidWhenTheInputMissesTheOutputOrTooManyEdgesRemain() {
        assertNull(Nb101Canonical.of(0, 0, 7));
        assertNull(Nb101Canonical.of(Nb101Graph.edge(0, 1) | Nb101Graph.edge(2, 6), 0, 7));
        long full = Nb101Graph.edgesOfPairMask((1 << 21) - 1, 7);
        assertNull(Nb101Canonical.of(full, 0, 7));
    }
}
