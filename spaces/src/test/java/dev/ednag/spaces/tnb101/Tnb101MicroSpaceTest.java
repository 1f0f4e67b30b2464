package dev.ednag.spaces.tnb101;

import static dev.ednag.spaces.tnb101.Tnb101MicroOp.CONV_1X1;
import static dev.ednag.spaces.tnb101.Tnb101MicroOp.CONV_3X3;
import static dev.ednag.spaces.tnb101.Tnb101MicroOp.NONE;
import static dev.ednag.spaces.tnb101.Tnb101MicroOp.SKIP_CONNECT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Tnb101MicroSpaceTest {

    private static final int D = 24;

    private final Tnb101MicroSpace space = Tnb101MicroSpace.instance();

    @Test
    void describesItself() {
        assertEquals("tnb101-micro", space.name());
        assertEquals(6, space.shape().rows());
        assertEquals(4, space.shape().cols());
        assertEquals(4_096, space.size());
        assertSame(space.cells(), space.enumerate().orElseThrow());
        assertEquals(4_096, space.cells().size());
    }

    @Test
    void keyIsTheOfficialNameWithDigitsGroupedByTargetNode() {
        Tnb101MicroCell cell = space.cell(CONV_3X3, CONV_3X3, CONV_3X3, CONV_3X3, SKIP_CONNECT, CONV_3X3);
        assertEquals("64-41414-3_33_313", cell.key());
        assertEquals("64-41414-0_12_302", space.cell(NONE, SKIP_CONNECT, CONV_1X1, CONV_3X3, NONE, CONV_1X1).key());
        assertEquals(List.of(NONE, SKIP_CONNECT, CONV_1X1, CONV_3X3, NONE, CONV_1X1),
                space.parse("64-41414-0_12_302").ops());
        assertEquals(0, space.parse("64-41414-0_00_000").index());
        assertEquals(4_095, space.parse("64-41414-3_33_333").index());
        assertEquals(1, space.parse("64-41414-0_00_001").index()); // edge 2->3 is the least significant digit
    }

    @Test
    void encodeDecodeAndParseRoundTripForEveryCell() {
        double[] genomes = new double[3 * D];
        Set<String> keys = new HashSet<>();
        for (Tnb101MicroCell cell : space.cells()) {
            space.encode(cell, genomes, D); // middle slot: offsets must be honoured
            assertSame(cell, space.decode(genomes, D), cell.key());
            assertSame(cell, space.parse(cell.key()));
            keys.add(cell.key());
        }
        assertEquals(4_096, keys.size());
    }

    @Test
    void encodingIsOneHotPerEdge() {
        double[] g = new double[D];
        Arrays.fill(g, 7.0); // stale values must be cleared
        space.encode(space.parse("64-41414-3_21_010"), g, 0);
        double[] expected = new double[D];
        int[] codes = {3, 2, 1, 0, 1, 0};
        for (int edge = 0; edge < 6; edge++) {
            expected[edge * 4 + codes[edge]] = 1;
        }
        assertArrayEquals(expected, g);
    }

    @Test
    void tiesGoToTheFirstColumn() {
        double[] g = new double[D];
        assertEquals("64-41414-0_00_000", space.decode(g, 0).key()); // all ties: column 0 everywhere
        for (int edge = 0; edge < 6; edge++) {
            g[edge * 4 + 2] = 0.5;
            g[edge * 4 + 3] = 0.5;
        }
        assertEquals("64-41414-2_22_222", space.decode(g, 0).key());
    }

    @Test
    void nanCountsAsTheMaximumLikeNumpy() {
        double[] g = new double[D];
        space.encode(space.parse("64-41414-3_33_333"), g, 0);
        g[5 * 4 + 1] = Double.NaN;
        assertEquals("64-41414-3_33_331", space.decode(g, 0).key());
        g[5 * 4] = Double.NaN; // the first NaN wins
        assertEquals("64-41414-3_33_330", space.decode(g, 0).key());
    }

    @Test
    void randomGenomesDecodeByRowArgmax() {
        SplittableRandom random = new SplittableRandom(3);
        double[] g = new double[D];
        for (int trial = 0; trial < 200; trial++) {
            for (int i = 0; i < D; i++) {
                g[i] = random.nextGaussian();
            }
            StringBuilder digits = new StringBuilder();
            for (int edge = 0; edge < 6; edge++) {
                int best = 0;
                for (int c = 1; c < 4; c++) {
                    best = g[edge * 4 + c] > g[edge * 4 + best] ? c : best;
                }
                digits.append(best);
            }
            String d = digits.toString();
            assertEquals("64-41414-" + d.charAt(0) + "_" + d.substring(1, 3) + "_" + d.substring(3),
                    space.decode(g, 0).key());
        }
    }

    @Test
    void decodeAndEncodeCheckBounds() {
        assertThrows(IndexOutOfBoundsException.class, () -> space.decode(new double[D], 1));
        assertThrows(IndexOutOfBoundsException.class, () -> space.encode(space.cells().get(0), new double[D], 2));
    }

    @Test
    void encodeAcceptsAnyArchitectureWithAValidKey() {
        Architecture foreign = () -> "64-41414-1_23_012";
        double[] g = new double[D];
        space.encode(foreign, g, 0);
        assertSame(space.parse("64-41414-1_23_012"), space.decode(g, 0));
        assertThrows(IllegalArgumentException.class, () -> space.encode(() -> "64-111123-basic", g, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "\"\";it is empty",
        "64-111123-basic;it must start with '64-41414-' (the fixed micro skeleton)",
        "64-41414-3_33313;expected 3 groups of digits separated by '_', found 2",
        "64-41414-3_333_13;node 2 group '333' has 3 digit(s), expected 2",
        "64-41414-3_33_314;op code '4' on edge 2->3 is not in 0..3",
        "64-41414-3_x3_313;op code 'x' on edge 0->2 is not in 0..3",
    })
    void parseExplainsWhatIsWrong(String key, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        assertTrue(e.getMessage().startsWith("'" + key + "' is not a tnb101-micro architecture: " + detail
                + "; expected 64-41414-a_bc_def"), e.getMessage());
        assertTrue(e.getMessage().contains("0 none, 1 skip_connect, 2 conv1x1, 3 conv3x3"), e.getMessage());
    }

    @Test
    void choicesRoundTripForEveryCell() {
        assertArrayEquals(new int[] {4, 4, 4, 4, 4, 4}, space.choiceCounts());
        assertArrayEquals(new int[] {3, 3, 3, 3, 1, 3}, space.choices(space.parse("64-41414-3_33_313")));
        for (Tnb101MicroCell cell : space.cells()) {
            assertSame(cell, space.fromChoices(space.choices(cell)));
        }
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(new int[] {0, 0, 0, 0, 0, 4}));
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(new int[] {0, 0, 0}));
    }

    @Test
    void sampleIsUniformOverTheLastEdge() {
        int[] counts = new int[4];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 40_000; i++) {
            counts[space.sample(random).code(5)]++;
        }
        for (int count : counts) {
            assertTrue(Math.abs(count - 10_000) < 500, Arrays.toString(counts)); // sd about 87
        }
    }

    @Test
    void equalityFollowsTheIndex() {
        Tnb101MicroCell a = space.parse("64-41414-1_00_000");
        assertEquals(a, space.cells().get(a.index()));
        assertNotEquals(a, space.parse("64-41414-0_00_001"));
        assertEquals(a.index(), a.hashCode());
        assertEquals(a.key(), a.toString());
    }

    @Test
    void opCodesAreCheckedAndNamed() {
        assertEquals(CONV_3X3, Tnb101MicroOp.ofCode(3));
        assertEquals("conv1x1", CONV_1X1.label());
        assertThrows(IllegalArgumentException.class, () -> Tnb101MicroOp.ofCode(4));
        assertThrows(IllegalArgumentException.class, () -> space.cell(NONE));
    }
}
