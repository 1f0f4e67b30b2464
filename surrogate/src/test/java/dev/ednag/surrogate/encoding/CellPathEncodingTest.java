package dev.ednag.surrogate.encoding;

import static dev.ednag.spaces.nb201.Nb201Op.AVG_POOL_3X3;
import static dev.ednag.spaces.nb201.Nb201Op.NONE;
import static dev.ednag.spaces.nb201.Nb201Op.NOR_CONV_1X1;
import static dev.ednag.spaces.nb201.Nb201Op.NOR_CONV_3X3;
import static dev.ednag.spaces.nb201.Nb201Op.SKIP_CONNECT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Op;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.spaces.tnb101.Tnb101MicroCell;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CellPathEncodingTest {

    private static final String HAND_WORKED =
            "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|";

    private final Nb201Space nb201 = Nb201Space.instance();
    private final Tnb101MicroSpace micro = Tnb101MicroSpace.instance();
    private final CellPathEncoding nb201Path = CellPathEncoding.nb201();
    private final CellPathEncoding microPath = CellPathEncoding.tnb101Micro();

    /** The indices of the 1s; fails on any value other than 0 and 1. */
    static Set<Integer> active(double[] features) {
        Set<Integer> ones = new TreeSet<>();
        for (int i = 0; i < features.length; i++) {
            assertTrue(features[i] == 0.0 || features[i] == 1.0, "feature " + i + " is " + features[i]);
            if (features[i] == 1.0) {
                ones.add(i);
            }
        }
        return ones;
    }

    @Test
    void hasThePublishedDimensions() {
        assertEquals(155, nb201Path.dimension());
        assertEquals(84, microPath.dimension());
        assertEquals("path", nb201Path.name());
        assertEquals("path", microPath.name());
        assertEquals(155, nb201Path.encode(nb201.sample(new SplittableRandom(1))).length);
    }

    @Test
    void handWorkedCellKeepsOnlyItsTwoLivePaths() {
        // Edges: 0→1 conv3x3 (3), 0→2 none, 1→2 skip (1), 0→3 avg_pool (4), 1→3 conv1x1 (2), 2→3 none.
        // [0→3] = avg_pool → 4; [0→1, 1→3] = (3, 2) → 5 + 15 + 2 = 22; the two paths into node 2→3 are dead.
        assertEquals(Set.of(4, 22), active(nb201Path.encode(nb201.parse(HAND_WORKED))));
    }

    @Test
    void cellWithFourLivePathsSetsOneFeatureOfEachLength() {
        Nb201Cell cell = nb201.cell(NOR_CONV_3X3, SKIP_CONNECT, SKIP_CONNECT, AVG_POOL_3X3, NOR_CONV_1X1, NOR_CONV_3X3);
        // [e3] = 4; [e0, e4] = (3, 2) → 22; [e1, e5] = (1, 3) → 13; [e0, e2, e5] = (3, 1, 3) → 30 + 75 + 5 + 3.
        assertEquals(Set.of(4, 13, 22, 113), active(nb201Path.encode(cell)));
    }

    @Test
    void allNoneCellsEncodeToZeros() {
        double[] zeros = new double[155];
        assertArrayEquals(zeros, nb201Path.encode(nb201.cell(NONE, NONE, NONE, NONE, NONE, NONE)));
        assertArrayEquals(new double[84], microPath.encode(micro.parse("64-41414-0_00_000")));
    }

    @Test
    void everyNb201CellSetsExactlyTheFeaturesOfItsLivePaths() {
        for (Nb201Cell cell : nb201.cells()) {
            int[] o = new int[6];
            for (int edge = 0; edge < 6; edge++) {
                o[edge] = cell.op(edge).ordinal();
            }
            Set<Integer> expected = new HashSet<>();
            int livePaths = 0;
            if (o[3] != 0) {
                expected.add(o[3]);
                livePaths++;
            }
            if (o[0] != 0 && o[4] != 0) {
                expected.add(5 + 5 * o[0] + o[4]);
                livePaths++;
            }
            if (o[1] != 0 && o[5] != 0) {
                expected.add(5 + 5 * o[1] + o[5]);
                livePaths++;
            }
            if (o[0] != 0 && o[2] != 0 && o[5] != 0) {
                expected.add(30 + 25 * o[0] + 5 * o[2] + o[5]);
                livePaths++;
            }
            Set<Integer> actual = active(nb201Path.encode(cell));
            assertEquals(expected, actual, cell.key());
            assertTrue(actual.size() <= livePaths && livePaths <= 4, cell.key());
            // Only the two length-2 paths can share a label.
            boolean sharedLabel = o[0] == o[1] && o[4] == o[5] && o[0] != 0 && o[4] != 0 && o[5] != 0;
            assertEquals(livePaths - (sharedLabel ? 1 : 0), actual.size(), cell.key());
        }
    }

    @Test
    void liveFeaturesNeverNameNone() {
        Set<Integer> seen = new HashSet<>();
        for (Nb201Cell cell : nb201.cells()) {
            seen.addAll(active(nb201Path.encode(cell)));
        }
        assertEquals(4 + 16 + 64, seen.size()); // every label of ops other than none, and no other
        for (int feature : seen) {
            int label = feature < 5 ? feature : feature < 30 ? feature - 5 : feature - 30;
            int digits = feature < 5 ? 1 : feature < 30 ? 2 : 3;
            for (int d = 0; d < digits; d++, label /= 5) {
                assertTrue(label % 5 != 0, "feature " + feature + " names none");
            }
        }
    }

    @Test
    void parallelTwoEdgePathsWithEqualOpsShareOneFeature() {
        Nb201Cell cell = nb201.cell(NOR_CONV_3X3, NOR_CONV_3X3, NONE, NONE, NOR_CONV_1X1, NOR_CONV_1X1);
        assertEquals(Set.of(5 + 5 * 3 + 2), active(nb201Path.encode(cell)));
    }

    @Test
    void anEdgeOnNoLivePathDoesNotShow() {
        // With 2→3 none, the edges 0→2 and 1→2 lie only on dead paths: the encoding is not injective.
        double[] reference = nb201Path.encode(nb201.cell(NOR_CONV_3X3, NONE, NONE, SKIP_CONNECT, NOR_CONV_1X1, NONE));
        for (Nb201Op into2From0 : Nb201Op.values()) {
            for (Nb201Op into2From1 : Nb201Op.values()) {
                Nb201Cell other = nb201.cell(NOR_CONV_3X3, into2From0, into2From1, SKIP_CONNECT, NOR_CONV_1X1, NONE);
                assertArrayEquals(reference, nb201Path.encode(other), other.key());
            }
        }
        assertFalse(Arrays.equals(reference,
                nb201Path.encode(nb201.cell(NOR_CONV_3X3, NONE, NONE, SKIP_CONNECT, NOR_CONV_3X3, NONE))));
    }

    @Test
    void tnb101MicroCellUsesBaseFourLayout() {
        // 3_33_313: e0 = 3, e1 = 3, e2 = 3, e3 = 3, e4 = 1, e5 = 3.
        // [e3] → 3; [e0, e4] → 4 + 12 + 1 = 17; [e1, e5] → 4 + 12 + 3 = 19; [e0, e2, e5] → 20 + 48 + 12 + 3 = 83.
        assertEquals(Set.of(3, 17, 19, 83), active(microPath.encode(micro.parse("64-41414-3_33_313"))));
        // 1_02_301: e0 = 1, e1 = 0, e2 = 2, e3 = 3, e4 = 0, e5 = 1: [e3] → 3 and [e0, e2, e5] → 20 + 16 + 8 + 1.
        assertEquals(Set.of(3, 45), active(microPath.encode(micro.parse("64-41414-1_02_301"))));
    }

    @Test
    void everyMicroCellSetsAtMostFourFeaturesNoneOfThemZeroise() {
        Set<Integer> seen = new HashSet<>();
        for (Tnb101MicroCell cell : micro.cells()) {
            Set<Integer> ones = active(microPath.encode(cell));
            assertTrue(ones.size() <= 4, cell.key());
            seen.addAll(ones);
        }
        assertEquals(3 + 9 + 27, seen.size());
    }

    @Test
    void writesOnlyItsOwnSliceAndClearsIt() {
        double[] out = new double[3 + 155 + 2];
        Arrays.fill(out, 7.0);
        nb201Path.encode(nb201.parse(HAND_WORKED), out, 3);
        assertEquals(7.0, out[2]);
        assertEquals(7.0, out[3 + 155]);
        assertEquals(Set.of(4, 22), active(Arrays.copyOfRange(out, 3, 3 + 155)));
        assertThrows(IndexOutOfBoundsException.class, () -> nb201Path.encode(nb201.parse(HAND_WORKED), out, 6));
    }

    @Test
    void rejectsCellsOfAnotherSpace() {
        Architecture microCell = micro.parse("64-41414-3_33_313");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nb201Path.encode(microCell));
        assertTrue(e.getMessage().contains("nb201") && e.getMessage().contains("Nb201Cell")
                && e.getMessage().contains("64-41414-3_33_313"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> microPath.encode(nb201.parse(HAND_WORKED)));
        assertThrows(IllegalArgumentException.class, () -> microPath.encode(null));
    }
}
