package dev.ednag.spaces.mobilenetv3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MobileNetV3SpaceTest {

    private static final int D = 264;
    private static final int COLS = 12;
    private static final String ARCH =
            "3-6_5-4_7-3_none_3-3_7-6_none_none_5-6_5-6_5-6_5-6_3-4_7-4_none_none_7-6_3-3_5-3_none";

    private final MobileNetV3Space space = MobileNetV3Space.instance();

    @Test
    void describesItself() {
        assertEquals("mobilenetv3", space.name());
        assertEquals(22, space.shape().rows());
        assertEquals(12, space.shape().cols());
        assertEquals(D, space.shape().length());
        assertEquals(Long.MAX_VALUE, space.size()); // the true count overflows a long
        BigInteger perStage = BigInteger.valueOf(81 + 729 + 6561);
        assertEquals(perStage.pow(5), space.exactSize());
        assertTrue(space.exactSize().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0);
        assertEquals(2.1758655e19, space.exactSize().doubleValue(), 1e13);
        assertTrue(space.enumerate().isEmpty());
        assertTrue(space.costs().isPresent());
        assertArrayEquals(filled(20, 10), space.choiceCounts());
    }

    @Test
    void tenThousandSamplesSurviveEveryRoundTrip() {
        SplittableRandom random = new SplittableRandom(7);
        double[] genomes = new double[3 * D];
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            MobileNetV3Arch a = space.sample(random);
            space.encode(a, genomes, D); // the middle genome: offsets must be honoured
            assertEquals(a, space.decode(genomes, D));
            assertEquals(a, space.parse(a.key()));
            assertEquals(a.key(), space.parse(a.key()).key());
            assertEquals(a, space.fromChoices(space.choices(a)));
            assertTrue(space.costs().orElseThrow().paramsMillions(a) > 0);
            assertTrue(space.costs().orElseThrow().flopsMillions(a) > 0);
            keys.add(a.key());
        }
        assertTrue(keys.size() > 9_990, "2e19 architectures: repeats should be rare, got " + keys.size());
    }

    @Test
    void samplingIsUniformOverArchitecturesSoDeepStagesDominate() {
        SplittableRandom random = new SplittableRandom(11);
        int[] depthCounts = new int[5];
        int draws = 10_000;
        for (int i = 0; i < draws; i++) {
            MobileNetV3Arch a = space.sample(random);
            for (int stage = 0; stage < 5; stage++) {
                depthCounts[a.depth(stage)]++;
            }
        }
        double stages = 5.0 * draws;
        assertEquals(81 / 7371.0, depthCounts[2] / stages, 0.004); // expected about 550 of 50,000
        assertEquals(729 / 7371.0, depthCounts[3] / stages, 0.01);
        assertEquals(6561 / 7371.0, depthCounts[4] / stages, 0.01);
    }

    @Test
    void encodingIsOneHotWithInputAndOutputRows() {
        double[] g = new double[D];
        Arrays.fill(g, 7.0); // stale values must be cleared
        space.encode(space.parse(ARCH), g, 0);
        double[] expected = new double[D];
        expected[0] = 1;
        expected[21 * COLS + 1] = 1;
        String[] tokens = ARCH.split("_");
        for (int slot = 0; slot < 20; slot++) {
            expected[(slot + 1) * COLS + MobileNetV3Op.ofToken(tokens[slot]).column()] = 1;
        }
        assertArrayEquals(expected, g);
        assertEquals(11, MobileNetV3Op.NONE.column());
        assertEquals(2, MobileNetV3Op.K3_E3.column());
        assertEquals(10, MobileNetV3Op.K7_E6.column());
    }

    @Test
    void encodeAcceptsAnyArchitectureWithAValidKey() {
        Architecture foreign = () -> ARCH;
        double[] g = new double[D];
        space.encode(foreign, g, 0);
        assertEquals(ARCH, space.decode(g, 0).key());
        Architecture bad = () -> "resnet";
        assertThrows(IllegalArgumentException.class, () -> space.encode(bad, g, 0));
    }

    @Test
    void aStageWithOneLayerIsInvalid() {
        double[] g = encoded(ARCH);
        setColumn(g, 5, MobileNetV3Op.NONE.column()); // stage 2 (rows 5..8) had 3-3, 7-6, none, none
        assertNull(space.decode(g, 0));
        int[] choices = space.choices(space.parse(ARCH));
        choices[4] = MobileNetV3Op.NONE.ordinal();
        assertNull(space.fromChoices(choices));
    }

    @Test
    void inputOrOutputTokenInASlotIsInvalid() {
        double[] g = encoded(ARCH);
        g[9 * COLS] = 5.0; // row 9: argmax -> input column
        assertNull(space.decode(g, 0));
        g = encoded(ARCH);
        g[20 * COLS + 1] = 5.0; // row 20: argmax -> output column
        assertNull(space.decode(g, 0));
    }

    @Test
    void rowsZeroAndTwentyOneMustPointAtInputAndOutput() {
        double[] g = encoded(ARCH);
        setColumn(g, 0, 4); // row 0 is not the input
        assertNull(space.decode(g, 0));
        g = encoded(ARCH);
        setColumn(g, 21, 0); // row 21 is the input instead of the output
        assertNull(space.decode(g, 0));
        g = encoded(ARCH);
        g[0] = 0; // all-zero row 0: the tie goes to column 0, the input: still valid
        assertEquals(ARCH, space.decode(g, 0).key());
        g[21 * COLS + 1] = 0; // all-zero row 21: the tie goes to column 0, not the output
        assertNull(space.decode(g, 0));
    }

    @Test
    void nonesInsideAStageDecodeToTheCanonicalArchitecture() {
        // Stage 1 written as none, 3-6, none, 5-4 and stage 3 as 5-6, none, 5-6, 5-6 ... in slot positions.
        String[] tokens = {"none", "3-6", "none", "5-4", "3-3", "none", "7-6", "none", "5-6", "none", "5-6", "5-6",
            "none", "none", "3-4", "7-4", "7-6", "3-3", "none", "5-3"};
        double[] g = new double[D];
        g[0] = 1;
        g[21 * COLS + 1] = 1;
        for (int slot = 0; slot < 20; slot++) {
            g[(slot + 1) * COLS + MobileNetV3Op.ofToken(tokens[slot]).column()] = 1;
        }
        MobileNetV3Arch a = space.decode(g, 0);
        assertEquals("3-6_5-4_none_none_3-3_7-6_none_none_5-6_5-6_5-6_none_3-4_7-4_none_none_7-6_3-3_5-3_none",
                a.key());
        assertEquals(2, a.depth(0));
        assertEquals(3, a.depth(2));
        assertEquals(MobileNetV3Op.K5_E4, a.layer(0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> a.layer(0, 2));
        assertEquals(8, a.noneCount());
        assertEquals(12, a.layerCount());
        // The same network from choices written in the non-canonical positions.
        int[] choices = new int[20];
        for (int slot = 0; slot < 20; slot++) {
            choices[slot] = MobileNetV3Op.ofToken(tokens[slot]).ordinal();
        }
        assertEquals(a, space.fromChoices(choices));
    }

    @Test
    void tiesGoToTheFirstColumnAndNanCountsAsTheMaximum() {
        double[] g = encoded(ARCH);
        g[1 * COLS + 2] = 1.0; // row 1 held 3-6 (column 4); 3-3 (column 2) now ties and wins
        assertEquals("3-3", space.decode(g, 0).op(0).token());
        g[1 * COLS + 9] = Double.NaN; // the NaN in column 9 (7-4) wins outright
        assertEquals("7-4", space.decode(g, 0).op(0).token());
        g[1 * COLS + 1] = Double.NaN; // an earlier NaN in the output column wins: invalid
        assertNull(space.decode(g, 0));
    }

    @Test
    void decodeReadsOnlyItsOwnGenome() {
        double[] population = new double[2 * D];
        space.encode(space.parse(ARCH), population, D);
        Arrays.fill(population, 0, D, Double.NaN); // garbage in the neighbour must not matter
        assertEquals(ARCH, space.decode(population, D).key());
        assertThrows(IndexOutOfBoundsException.class, () -> space.decode(population, D + 1));
    }

    @Test
    void parseIsStrictAndSaysWhatIsWrong() {
        assertEquals(ARCH, space.parse(ARCH).key());
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class, () -> space.parse("3-6_5-4"));
        assertTrue(shortKey.getMessage().contains("expected 20"), shortKey.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> space.parse(ARCH.replaceFirst("7-3", "9-9")));
        assertTrue(unknown.getMessage().contains("unknown op '9-9' in slot 3 (stage 1)"), unknown.getMessage());
        IllegalArgumentException shallow = assertThrows(IllegalArgumentException.class,
                () -> space.parse(ARCH.replaceFirst("3-3_7-6", "3-3_none")));
        assertTrue(shallow.getMessage().contains("stage 2 has 1 layer(s)"), shallow.getMessage());
        String positional = ARCH.replaceFirst("3-6_5-4_7-3_none", "3-6_none_5-4_7-3");
        IllegalArgumentException nonCanonical = assertThrows(IllegalArgumentException.class,
                () -> space.parse(positional));
        assertTrue(nonCanonical.getMessage().contains("'" + ARCH + "'"), nonCanonical.getMessage());
        assertThrows(IllegalArgumentException.class, () -> space.parse(ARCH + "_"));
        assertThrows(IllegalArgumentException.class, () -> space.parse(""));
    }

    @Test
    void fromChoicesChecksItsInput() {
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(new int[19]));
        int[] outOfRange = space.choices(space.parse(ARCH));
        outOfRange[3] = 10;
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(outOfRange));
    }

    @Test
    void neighboursDifferFromTheArchitectureAndAreValid() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            MobileNetV3Arch a = space.sample(random);
            List<Architecture> neighbours = Neighbourhood.of(space, a);
            assertFalse(neighbours.isEmpty());
            for (Architecture n : neighbours) {
                assertNotEquals(a, n);
                int differing = 0;
                int[] x = space.choices(a);
                int[] y = space.choices(n);
                for (int i = 0; i < 20; i++) {
                    differing += x[i] != y[i] ? 1 : 0;
                }
                assertTrue(differing >= 1);
            }
        }
    }

    @Test
    void architecturesAreEqualExactlyWhenKeysAre() {
        MobileNetV3Arch a = space.parse(ARCH);
        MobileNetV3Arch b = space.fromChoices(space.choices(a));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(ARCH, a.toString());
        assertSame(space, MobileNetV3Space.instance());
        assertEquals(20, a.ops().size());
        assertEquals(MobileNetV3Op.NONE, a.op(3));
    }

    private double[] encoded(String key) {
        double[] g = new double[D];
        space.encode(space.parse(key), g, 0);
        return g;
    }

    private static void setColumn(double[] g, int row, int column) {
        Arrays.fill(g, row * COLS, (row + 1) * COLS, 0.0);
        g[row * COLS + column] = 1.0;
    }

    private static int[] filled(int length, int value) {
        int[] a = new int[length];
        Arrays.fill(a, value);
        return a;
    }
}
