package dev.ednag.spaces.nb201;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ednag.core.space.Architecture;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb201SpaceTest {

    private static final int D = 56;
    private static final String OPTIMUM_C100 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private final Nb201Space space = Nb201Space.instance();

    @Test
    void describesItself() {
        assertEquals("nb201", space.name());
        assertEquals(8, space.shape().rows());
        assertEquals(7, space.shape().cols());
        assertEquals(15_625, space.size());
        assertEquals(15_625, space.enumerate().orElseThrow().size());
        assertSame(space.cells(), space.enumerate().orElseThrow());
    }

    @Test
    void decodeInvertsEncodeForEveryCell() {
        double[] genomes = new double[3 * D];
        for (Nb201Cell cell : space.cells()) {
            space.encode(cell, genomes, D); // middle slot: offsets must be honoured
            assertSame(cell, space.decode(genomes, D), cell.key());
        }
    }

    @Test
    void encodingIsOneHotWithInputAndOutputRows() {
        Nb201Cell cell = space.parse(OPTIMUM_C100);
        double[] g = new double[D];
        java.util.Arrays.fill(g, 7.0); // stale values must be cleared
        space.encode(cell, g, 0);
        double[] expected = new double[D];
        expected[0] = 1; // row 0, column input
        expected[7 * 7 + 1] = 1; // row 7, column output
        int[] opColumns = {5, 5, 5, 3, 5, 5};
        for (int edge = 0; edge < 6; edge++) {
            expected[(edge + 1) * 7 + opColumns[edge]] = 1;
        }
        assertArrayEquals(expected, g);
    }

    @Test
    void encodeAcceptsAnyArchitectureWithAValidKey() {
        Architecture foreign = () -> OPTIMUM_C100;
        double[] g = new double[D];
        space.encode(foreign, g, 0);
        assertSame(space.parse(OPTIMUM_C100), space.decode(g, 0));
        Architecture bad = () -> "resnet";
        assertThrows(IllegalArgumentException.class, () -> space.encode(bad, g, 0));
    }

    @Test
    void edgeRowPointingAtInputOrOutputIsInvalid() {
        double[] g = new double[D];
        space.encode(space.cell(1234), g, 0);
        g[3 * 7 + 1] = 5.0; // row 3 argmax -> column 1 (output)
        assertNull(space.decode(g, 0));
        space.encode(space.cell(1234), g, 0);
        g[6 * 7] = 5.0; // row 6 argmax -> column 0 (input)
        assertNull(space.decode(g, 0));
    }

    @Test
    void rowsZeroAndSevenAreNeverChecked() {
        SplittableRandom random = new SplittableRandom(1);
        double[] g = new double[D];
        for (int trial = 0; trial < 100; trial++) {
            Nb201Cell cell = space.sample(random);
            space.encode(cell, g, 0);
            for (int c = 0; c < 7; c++) {
                g[c] = random.nextDouble(-100, 100);
                g[7 * 7 + c] = random.nextDouble(-100, 100);
            }
            g[7 * 7 + random.nextInt(7)] = Double.NaN;
            assertSame(cell, space.decode(g, 0));
        }
        double[] zeros = new double[D];
        space.encode(space.cell(0), zeros, 0);
        zeros[0] = 0;
        zeros[7 * 7 + 1] = 0; // rows 0 and 7 all zero: still valid
        assertSame(space.cell(0), space.decode(zeros, 0));
    }

    @Test
    void tiesGoToTheFirstColumn() {
        double[] g = new double[D];
        space.encode(space.cell(0), g, 0);
        g[2 * 7 + 3] = 1.0; // row 2: columns 2 and 3 tie at 1
        assertSame(space.cell(0), space.decode(g, 0));
        java.util.Arrays.fill(g, 0.0); // all-zero genome: every edge row ties at column 0 (input)
        assertNull(space.decode(g, 0));
        for (int row = 1; row <= 6; row++) {
            g[row * 7 + 4] = 0.5;
            g[row * 7 + 6] = 0.5; // tie between nor_conv_1x1 and avg_pool_3x3
        }
        assertEquals("|nor_conv_1x1~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|nor_conv_1x1~0|nor_conv_1x1~1|nor_conv_1x1~2|",
                space.decode(g, 0).key());
    }

    @Test
    void nanCountsAsTheMaximumLikeNumpy() {
        double[] g = new double[D];
        space.encode(space.cell(0), g, 0);
        g[1 * 7 + 6] = Double.NaN;
        assertEquals(Nb201Op.AVG_POOL_3X3, space.decode(g, 0).op(0));
        g[1 * 7 + 1] = Double.NaN; // the first NaN wins: column 1 -> invalid
        assertNull(space.decode(g, 0));
    }

    @Test
    void decodeOfRandomGaussianGenomesIsDeterministic() {
        SplittableRandom random = new SplittableRandom(42);
        double[] population = new double[30 * D];
        for (int i = 0; i < population.length; i++) {
            population[i] = random.nextGaussian();
        }
        int valid = 0;
        for (int p = 0; p < 30; p++) {
            Nb201Cell first = space.decode(population, p * D);
            Nb201Cell second = space.decode(population, p * D);
            assertSame(first, second); // interned: the same instance, nothing new was built
            if (first != null) {
                valid++;
                assertEquals(expectedByHand(population, p * D), first.key());
            }
        }
        assertTrue(valid > 0);
    }

    /** Independent re-implementation of the spec's decoding rule, for cross-checking. */
    private static String expectedByHand(double[] g, int offset) {
        String[] names = {"input", "output", "none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"};
        String[] o = new String[7];
        for (int row = 1; row <= 6; row++) {
            int best = 0;
            for (int c = 1; c < 7; c++) {
                if (g[offset + row * 7 + c] > g[offset + row * 7 + best]) {
                    best = c;
                }
            }
            o[row] = names[best];
        }
        return "|" + o[1] + "~0|+|" + o[2] + "~0|" + o[3] + "~1|+|" + o[4] + "~0|" + o[5] + "~1|" + o[6] + "~2|";
    }

    @Test
    void decodeAllocatesAlmostNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        SplittableRandom random = new SplittableRandom(7);
        double[] population = new double[64 * D];
        for (int i = 0; i < population.length; i++) {
            population[i] = random.nextGaussian();
        }
        int sink = decodeAll(population, 2_000);
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        sink += decodeAll(population, 2_000); // 128,000 decodes
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 64 * 1024, "decode allocated " + allocated + " bytes over 128,000 calls");
        assertTrue(sink != Integer.MIN_VALUE);
    }

    private int decodeAll(double[] population, int rounds) {
        int sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int offset = 0; offset < population.length; offset += D) {
                Nb201Cell cell = space.decode(population, offset);
                sum += cell == null ? -1 : cell.index();
            }
        }
        return sum;
    }

    @Test
    void decodeChecksBounds() {
        assertThrows(IndexOutOfBoundsException.class, () -> space.decode(new double[D], 1));
        assertThrows(IndexOutOfBoundsException.class, () -> space.encode(space.cell(0), new double[D + 3], 4));
    }

    @Test
    void parseReturnsTheInternedCell() {
        for (Nb201Cell cell : List.of(space.cell(0), space.cell(6111), space.cell(15_624))) {
            assertSame(cell, space.parse(cell.key()));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "\"\";it is empty",
        "none~0|+|none~0|none~1|+|none~0|none~1|none~2|;it must start and end with '|'",
        "|none~0|+|none~0|none~1|none~0|none~1|none~2|;expected 3 node groups separated by '|+|', found 2",
        "|none~0|+|none~0|+|none~0|none~1|none~2|;node 2 group 'none~0' has 1 edge(s), expected 2",
        "|none~0|+|none~0|none~2|+|none~0|none~1|none~2|;edge 1->2 is 'none~2', expected source node ~1",
        "|none~0|+|none~0|none|+|none~0|none~1|none~2|;edge 1->2 is 'none', expected 'op~1'",
        "|none~0|+|none~0|conv_3x3~1|+|none~0|none~1|none~2|;unknown op 'conv_3x3' on edge 1->2",
        "|None~0|+|none~0|none~1|+|none~0|none~1|none~2|;unknown op 'None' on edge 0->1",
        "\"|none~0|+|none~0|none~1|+|none~0|none~1|none~2| \";it must start and end with '|'",
    })
    void parseExplainsWhatIsWrong(String key, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        String message = e.getMessage();
        assertTrue(message.startsWith("'" + key + "' is not a nb201 architecture: " + detail + "; expected "), message);
        assertTrue(message.contains("|op~0|+|op~0|op~1|+|op~0|op~1|op~2|"), message);
        assertTrue(message.contains("0->1, 0->2, 1->2, 0->3, 1->3, 2->3"), message);
        assertTrue(message.contains("none, skip_connect, nor_conv_1x1, nor_conv_3x3, avg_pool_3x3"), message);
        assertTrue(!message.contains("\n"), message);
    }

    @Test
    void parseAbbreviatesHugeInput() {
        String huge = "x".repeat(10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(huge));
        assertTrue(e.getMessage().length() < 600, e.getMessage());
        assertThrows(NullPointerException.class, () -> space.parse(null));
    }

    @Test
    void cellHelpersValidateTheirInput() {
        assertThrows(IllegalArgumentException.class, () -> space.cell(-1));
        assertThrows(IllegalArgumentException.class, () -> space.cell(15_625));
        assertThrows(IllegalArgumentException.class, () -> space.cell(Nb201Op.NONE));
        assertThrows(IllegalArgumentException.class, () -> space.cell((Nb201Op[]) null));
    }

    @Test
    void sampleIsUniformAndReproducible() {
        int[] counts = new int[5];
        SplittableRandom a = new SplittableRandom(99);
        SplittableRandom b = new SplittableRandom(99);
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            Nb201Cell cell = space.sample(a);
            assertSame(cell, space.sample(b));
            counts[cell.op(0).ordinal()]++;
        }
        for (int count : counts) {
            // each op on edge 0 has probability 1/5; 10,000 expected, sd about 89
            assertTrue(Math.abs(count - n / 5) < 600, "edge-0 op counts " + java.util.Arrays.toString(counts));
        }
        assertNotNull(space.sample(new SplittableRandom(0)));
    }

    @Test
    void choicesRoundTripForEveryCell() {
        assertArrayEquals(new int[] {5, 5, 5, 5, 5, 5}, space.choiceCounts());
        for (Nb201Cell cell : space.cells()) {
            int[] choices = space.choices(cell);
            for (int edge = 0; edge < Nb201Cell.EDGES; edge++) {
                assertEquals(cell.op(edge).ordinal(), choices[edge], cell.key());
            }
            assertSame(cell, space.fromChoices(choices), cell.key());
        }
    }

    @Test
    void choicesFollowTheEdgeAndOpOrder() {
        assertArrayEquals(new int[] {3, 3, 3, 1, 3, 3}, space.choices(space.parse(OPTIMUM_C100)));
        assertEquals("|none~0|+|skip_connect~0|nor_conv_1x1~1|+|nor_conv_3x3~0|avg_pool_3x3~1|none~2|",
                space.fromChoices(new int[] {0, 1, 2, 3, 4, 0}).key());
        assertArrayEquals(space.choices(space.parse(OPTIMUM_C100)),
                space.choices(() -> OPTIMUM_C100)); // any Architecture with an NB201 key
    }

    @Test
    void fromChoicesRejectsWrongLengthAndUnknownOps() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> space.fromChoices(new int[] {0, 1, 2}));
        assertEquals("nb201 needs 6 choices, got 3 [0, 1, 2]", length.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> space.fromChoices(new int[] {0, 1, 2, 3, 4, 5}));
        assertEquals("nb201 choice at position 5 must be in 0..4, got 5", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(new int[] {-1, 0, 0, 0, 0, 0}));
        int[] counts = space.choiceCounts();
        counts[0] = 99; // the caller's copy, not the space's
        assertEquals(5, space.choiceCounts()[0]);
    }
}
