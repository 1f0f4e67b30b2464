package dev.ednag.surrogate.encoding;

import static dev.ednag.surrogate.encoding.CellPathEncodingTest.active;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.spaces.nb101.Nb101Cell;
import dev.ednag.spaces.nb101.Nb101FixedOpsSpace;
import dev.ednag.spaces.nb101.Nb101Space;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Nb101PathEncodingTest {

    private static final String C3 = "conv3x3-bn-relu";
    private static final String C1 = "conv1x1-bn-relu";
    private static final String MP = "maxpool3x3";

    private final Nb101Space space = Nb101Space.instance();
    private final Nb101PathEncoding path = Nb101PathEncoding.instance();

    private static List<String> labels(String... ops) {
        List<String> labels = new ArrayList<>();
        labels.add("input");
        Collections.addAll(labels, ops);
        labels.add("output");
        return labels;
    }

    /** A chain input → ops… → output. */
    private Nb101Cell chain(String... ops) {
        int n = ops.length + 2;
        int[][] adjacency = new int[n][n];
        for (int v = 0; v + 1 < n; v++) {
            adjacency[v][v + 1] = 1;
        }
        return space.fromSpec(adjacency, labels(ops));
    }

    /**
     * The features by brute force: every increasing vertex sequence from input to output whose
     * consecutive pairs are all edges, read off the adjacency matrix.
     */
    private static Set<Integer> expected(Nb101Cell cell) {
        int n = cell.vertexCount();
        int[][] adjacency = cell.adjacencyMatrix();
        int[] offsets = {0, 1, 4, 13, 40, 121};
        Set<Integer> features = new HashSet<>();
        for (int subset = 0; subset < 1 << (n - 2); subset++) {
            int previous = 0;
            int label = 0;
            boolean connected = true;
            for (int v = 1; v < n - 1; v++) {
                if ((subset & 1 << (v - 1)) != 0) {
                    connected &= adjacency[previous][v] == 1;
                    label = 3 * label + cell.op(v).ordinal();
                    previous = v;
                }
            }
            if (connected && adjacency[previous][n - 1] == 1) {
                features.add(offsets[Integer.bitCount(subset)] + label);
            }
        }
        return features;
    }

    @Test
    void has364Features() {
        assertEquals(364, path.dimension());
        assertEquals(364, Nb101PathEncoding.DIMENSION);
        assertEquals("path", path.name());
    }

    @Test
    void directEdgeIsFeatureZero() {
        assertEquals(Set.of(0), active(path.encode(space.parse("01.00|in-out"))));
    }

    @Test
    void convBesideADirectEdgeHasPathsOfLengthZeroAndOne() {
        Nb101Cell cell = space.fromSpec(new int[][] {{0, 1, 1}, {0, 0, 1}, {0, 0, 0}}, labels(C3));
        assertEquals(Set.of(0, 1), active(path.encode(cell)));
    }

    @Test
    void twoParallelOpsGiveTwoLengthOnePaths() {
        // input → conv3x3 → output beside input → maxpool → output: labels 0 and 2 after offset 1.
        assertEquals(Set.of(1, 3), active(path.encode(space.parse("0110.0001.0001.0000|in-c3-mp-out"))));
    }

    @Test
    void longestChainsReachTheEndsOfTheLastBlock() {
        assertEquals(Set.of(121), active(path.encode(chain(C3, C3, C3, C3, C3))));
        assertEquals(Set.of(363), active(path.encode(chain(MP, MP, MP, MP, MP))));
        // c1, mp, c3 = 1·9 + 2·3 + 0 = 15 after offset 13.
        assertEquals(Set.of(28), active(path.encode(chain(C1, MP, C3))));
    }

    @Test
    void matchesBruteForceOnRandomCells() {
        SplittableRandom random = new SplittableRandom(101);
        for (int i = 0; i < 5_000; i++) {
            Nb101Cell cell = space.sample(random);
            assertEquals(expected(cell), active(path.encode(cell)), cell.key());
        }
    }

    @Test
    void notInjectiveParallelCopiesLookLikeOne() {
        Nb101Cell twoConvs = space.fromSpec(new int[][] {{0, 1, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 0, 0}},
                labels(C3, C3));
        Nb101Cell oneConv = chain(C3);
        assertNotEquals(twoConvs, oneConv);
        assertArrayEquals(path.encode(oneConv), path.encode(twoConvs));
    }

    @Test
    void encodesFixedOpsCellsToo() {
        Nb101FixedOpsSpace fixed = Nb101FixedOpsSpace.instance();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Nb101Cell cell = fixed.sample(random);
            assertEquals(expected(cell), active(path.encode(cell)), cell.key());
        }
    }

    @Test
    void writesOnlyItsOwnSlice() {
        double[] out = new double[364 + 10];
        Arrays.fill(out, -1.0);
        path.encode(space.parse("01.00|in-out"), out, 5);
        assertEquals(-1.0, out[4]);
        assertEquals(1.0, out[5]);
        assertEquals(0.0, out[5 + 363]);
        assertEquals(-1.0, out[5 + 364]);
    }

    @Test
    void rejectsOtherArchitectures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> path.encode(Nb201Space.instance().cell(0)));
        assertTrue(e.getMessage().contains("Nb101Cell") && e.getMessage().contains("Nb201Cell"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> path.encode(null));
    }
}
