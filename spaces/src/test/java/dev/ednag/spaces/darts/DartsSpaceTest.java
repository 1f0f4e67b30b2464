package dev.ednag.spaces.darts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DartsSpaceTest {

    private static final int COLS = 12;
    private static final int D = 16 * COLS;
    private static final String[] OPS = {"max_pool_3x3", "avg_pool_3x3", "skip_connect", "sep_conv_3x3",
        "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5"};

    /** The first row of the NAS-Bench-301 sample data, tokens as the data writes them. */
    static final String DATA_NORMAL = "max_pool_3x3~0|dil_conv_3x3~1|avg_pool_3x3~1|avg_pool_3x3~0"
            + "|sep_conv_3x3~1|sep_conv_3x3~0|sep_conv_3x3~1|skip_connect~3";
    static final String DATA_REDUCE = "max_pool_3x3~1|skip_connect~0|sep_conv_3x3~1|sep_conv_3x3~0"
            + "|max_pool_3x3~3|avg_pool_3x3~0|max_pool_3x3~2|dil_conv_5x5~3";
    static final String DATA_KEY = "normal=max_pool_3x3~0|dil_conv_3x3~1|avg_pool_3x3~0|avg_pool_3x3~1"
            + "|sep_conv_3x3~0|sep_conv_3x3~1|sep_conv_3x3~1|skip_connect~3"
            + ";reduce=skip_connect~0|max_pool_3x3~1|sep_conv_3x3~0|sep_conv_3x3~1"
            + "|avg_pool_3x3~0|max_pool_3x3~3|max_pool_3x3~2|dil_conv_5x5~3";

    private final DartsSpace space = DartsSpace.instance();

    @Test
    void describesItself() {
        assertEquals("darts", space.name());
        assertEquals(16, space.shape().rows());
        assertEquals(12, space.shape().cols());
        assertEquals(RowRange.ZERO_TO_ONE, space.genomeRange());
        assertTrue(space.enumerate().isEmpty());
        assertTrue(space.costs().isEmpty());
        assertEquals("darts", space.toString());
    }

    @Test
    void sizeIsTheSquareOfInputPairsTimesOpChoices() {
        BigInteger cell = BigInteger.valueOf(1L * 3 * 6 * 10).multiply(BigInteger.valueOf(7).pow(8));
        assertEquals(BigInteger.valueOf(1_037_664_180L), cell);
        assertEquals(cell.pow(2), BigInteger.valueOf(space.size()));
        assertEquals(1_076_746_950_455_072_400L, space.size());
    }

    @Test
    void tenThousandSamplesRoundTripThroughGenomeKeyAndChoices() {
        SplittableRandom random = new SplittableRandom(11);
        double[] genomes = new double[3 * D];
        for (int i = 0; i < 10_000; i++) {
            DartsArchitecture a = space.sample(random);
            space.encode(a, genomes, D); // middle slot: offsets must be honoured
            assertEquals(a, space.decode(genomes, D));
            assertEquals(a, space.parse(a.key()));
            assertEquals(a, space.fromChoices(space.choices(a)));
            assertEquals(a, space.fromGenotype(a.normal().tokens(), a.reduce().tokens()));
        }
    }

    @Test
    void dataTokensGiveTheCanonicalKeyInEitherWithinNodeOrder() {
        DartsArchitecture a = space.fromGenotype(DATA_NORMAL, DATA_REDUCE);
        assertEquals(DATA_KEY, a.key());
        assertEquals(a, space.fromGenotype(swapEveryNode(DATA_NORMAL), swapEveryNode(DATA_REDUCE)));
        assertEquals(a, space.fromGenotype(a.normal().tokens(), swapEveryNode(a.reduce().tokens())));
    }

    private static String swapEveryNode(String tokens) {
        String[] t = tokens.split("\\|");
        for (int edge = 0; edge < t.length; edge += 2) {
            String first = t[edge];
            t[edge] = t[edge + 1];
            t[edge + 1] = first;
        }
        return String.join("|", t);
    }

    @Test
    void encodingIsOneHotInputAndOpPerEdgeInCanonicalOrder() {
        double[] g = new double[D];
        Arrays.fill(g, 7.0); // stale values must be cleared
        space.encode(space.parse(DATA_KEY), g, 0);
        int[] inputs = {0, 1, 0, 1, 0, 1, 1, 3, 0, 1, 0, 1, 0, 3, 2, 3};
        int[] ops = {0, 5, 1, 1, 3, 3, 3, 2, 2, 0, 3, 3, 1, 0, 0, 6};
        double[] expected = new double[D];
        for (int row = 0; row < 16; row++) {
            expected[row * COLS + inputs[row]] = 1;
            expected[row * COLS + 5 + ops[row]] = 1;
        }
        assertArrayEquals(expected, g);
    }

    @Test
    void eitherEdgeOrderInTheGenomeDecodesToTheSameArchitecture() {
        DartsArchitecture a = space.parse(DATA_KEY);
        double[] g = new double[D];
        space.encode(a, g, 0);
        for (int node = 0; node < 8; node++) { // the 8 nodes of both cells
            double[] swapped = g.clone();
            System.arraycopy(g, 2 * node * COLS, swapped, (2 * node + 1) * COLS, COLS);
            System.arraycopy(g, (2 * node + 1) * COLS, swapped, 2 * node * COLS, COLS);
            assertEquals(a, space.decode(swapped, 0));
        }
    }

    @Test
    void aNodeReadingOneInputTwiceIsInvalid() {
        double[] g = new double[D];
        space.encode(space.parse(DATA_KEY), g, 0);
        g[(8 + 4) * COLS] = 0; // reduction node 2, edge 4: input 0 -> 3, the same as edge 5
        g[(8 + 4) * COLS + 3] = 1;
        assertNull(space.decode(g, 0));
        int[] choices = space.choices(space.parse(DATA_KEY));
        choices[0] = 1; // normal node 0: edge 0 input 0 -> 1, the same as edge 1
        assertNull(space.fromChoices(choices));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> space.fromGenotype(DATA_NORMAL, DATA_REDUCE.replace("avg_pool_3x3~0", "avg_pool_3x3~3")));
        assertTrue(e.getMessage().contains("intermediate node 2 (tokens 5 and 6 of the reduction cell) reads input 3"
                + " twice; its two inputs must differ"), e.getMessage());
    }

    @Test
    void inputColumnsANodeCannotReadAreIgnored() {
        DartsArchitecture a = space.parse(DATA_KEY);
        double[] g = new double[D];
        space.encode(a, g, 0);
        for (int cell = 0; cell < 2; cell++) {
            for (int edge = 0; edge < 8; edge++) {
                int node = edge / 2;
                for (int column = node + 2; column < 5; column++) {
                    g[(8 * cell + edge) * COLS + column] = 100.0 + column; // larger than any allowed column
                }
            }
        }
        g[5 * COLS + 4] = Double.NaN; // normal node 2 cannot read column 4: its NaN is ignored too
        assertEquals(a, space.decode(g, 0));
    }

    @Test
    void tiesGoToTheFirstColumnAndNanCountsAsTheMaximum() {
        double[] g = new double[D]; // all zero: every input ties at 0, so every node reads 0 twice
        assertNull(space.decode(g, 0));
        for (int row = 0; row < 16; row++) {
            g[row * COLS + (row % 2)] = 1; // inputs 0 and 1 for every node
            g[row * COLS + 5 + 3] = 0.5;
            g[row * COLS + 5 + 6] = 0.5; // sep_conv_3x3 ties with dil_conv_5x5
        }
        String cell = String.join("|", java.util.Collections.nCopies(4, "sep_conv_3x3~0|sep_conv_3x3~1"));
        assertEquals("normal=" + cell + ";reduce=" + cell, space.decode(g, 0).key());
        g[3 * COLS + 5 + 4] = Double.NaN; // normal edge 3's op: NaN wins over the larger 0.5
        g[3 * COLS + 5 + 6] = Double.NaN; // a later NaN does not
        assertEquals(DartsOp.SEP_CONV_5X5, space.decode(g, 0).normal().op(3));
        g[3 * COLS + 1] = 0;
        g[3 * COLS + 2] = Double.NaN; // node 1 may read column 2: a NaN there is its input
        assertEquals(2, space.decode(g, 0).normal().input(3));
    }

    @Test
    void decodeMatchesAnIndependentReadingOfRandomGenomes() {
        SplittableRandom random = new SplittableRandom(5);
        double[] genomes = new double[500 * D];
        for (int i = 0; i < genomes.length; i++) {
            genomes[i] = random.nextDouble();
        }
        int valid = 0; // a cell is valid with probability 1/2 · 2/3 · 3/4 · 4/5, so about 1 genome in 25
        for (int p = 0; p < 500; p++) {
            DartsArchitecture a = space.decode(genomes, p * D);
            String expected = expectedByHand(genomes, p * D);
            assertEquals(expected, a == null ? null : a.key());
            valid += a == null ? 0 : 1;
        }
        assertTrue(valid >= 5 && valid <= 50, valid + " of 500 random genomes valid");
    }

    /** The decoding rule re-implemented by hand, building the key directly. */
    private static String expectedByHand(double[] g, int offset) {
        StringBuilder key = new StringBuilder();
        for (int cell = 0; cell < 2; cell++) {
            key.append(cell == 0 ? "normal=" : ";reduce=");
            for (int node = 0; node < 4; node++) {
                int[] in = new int[2];
                String[] op = new String[2];
                for (int k = 0; k < 2; k++) {
                    int row = offset + (8 * cell + 2 * node + k) * COLS;
                    for (int c = 1; c <= node + 1; c++) {
                        in[k] = g[row + c] > g[row + in[k]] ? c : in[k];
                    }
                    int best = 0;
                    for (int o = 1; o < 7; o++) {
                        best = g[row + 5 + o] > g[row + 5 + best] ? o : best;
                    }
                    op[k] = OPS[best];
                }
                if (in[0] == in[1]) {
                    return null;
                }
                int low = in[0] < in[1] ? 0 : 1;
                key.append(node == 0 ? "" : "|").append(op[low]).append('~').append(in[low])
                        .append('|').append(op[1 - low]).append('~').append(in[1 - low]);
            }
        }
        return key.toString();
    }

    @Test
    void decodeAllocatesOnlyTheArchitecture() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        SplittableRandom random = new SplittableRandom(7);
        double[] population = new double[64 * D];
        for (int p = 0; p < 64; p++) {
            space.encode(space.sample(random), population, p * D);
        }
        long sink = decodeAll(population, 300);
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        sink += decodeAll(population, 300); // 19,200 decodes
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        // An architecture is an object header and two ints; a per-decode array would be far more.
        assertTrue(allocated < 19_200L * 40, "decode allocated " + allocated + " bytes over 19,200 calls");
        assertTrue(sink != Long.MIN_VALUE);
    }

    private long decodeAll(double[] population, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int offset = 0; offset < population.length; offset += D) {
                DartsArchitecture a = space.decode(population, offset);
                sum += a == null ? -1 : a.index();
            }
        }
        return sum;
    }

    @Test
    void decodeAndEncodeCheckBounds() {
        assertThrows(IndexOutOfBoundsException.class, () -> space.decode(new double[D], 1));
        assertThrows(IndexOutOfBoundsException.class,
                () -> space.encode(space.parse(DATA_KEY), new double[D + 3], 4));
    }

    @Test
    void encodeAcceptsAnyArchitectureWithAValidKey() {
        double[] g = new double[D];
        space.encode(() -> DATA_KEY, g, 0);
        assertEquals(space.parse(DATA_KEY), space.decode(g, 0));
        assertThrows(IllegalArgumentException.class, () -> space.encode(() -> "resnet", g, 0));
    }

    @Test
    void sampleIsUniformOverOpsAndInputPairs() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 20_000;
        int[] opCounts = new int[7];
        int[] lastNodeInputs = new int[5];
        for (int i = 0; i < n; i++) {
            DartsArchitecture a = space.sample(random);
            for (DartsCell cell : List.of(a.normal(), a.reduce())) {
                for (int edge = 0; edge < 8; edge++) {
                    opCounts[cell.op(edge).ordinal()]++;
                }
                lastNodeInputs[cell.input(6)]++;
                lastNodeInputs[cell.input(7)]++;
            }
        }
        // 320,000 edges, each op with probability 1/7: 45,714 expected, sd about 198.
        for (int count : opCounts) {
            assertEquals(16.0 * n / 7, count, 1_200, "op counts " + Arrays.toString(opCounts));
        }
        // Node 3 reads a uniform pair of 0..4, so each input in 4 of the 10 pairs: 16,000 of 40,000, sd about 98.
        for (int count : lastNodeInputs) {
            assertEquals(0.4 * 2 * n, count, 600, "node 3 inputs " + Arrays.toString(lastNodeInputs));
        }
    }

    @Test
    void sampleIsReproducible() {
        SplittableRandom a = new SplittableRandom(99);
        SplittableRandom b = new SplittableRandom(99);
        Set<DartsArchitecture> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            DartsArchitecture first = space.sample(a);
            assertEquals(first, space.sample(b));
            seen.add(first);
        }
        assertEquals(100, seen.size()); // 10^18 architectures: no repeats expected
    }

    @Test
    void choicesAreInputThenOpPerEdgeInRowOrder() {
        assertArrayEquals(new int[] {2, 7, 2, 7, 3, 7, 3, 7, 4, 7, 4, 7, 5, 7, 5, 7,
            2, 7, 2, 7, 3, 7, 3, 7, 4, 7, 4, 7, 5, 7, 5, 7}, space.choiceCounts());
        assertArrayEquals(new int[] {0, 0, 1, 5, 0, 1, 1, 1, 0, 3, 1, 3, 1, 3, 3, 2,
            0, 2, 1, 0, 0, 3, 1, 3, 0, 1, 3, 0, 2, 0, 3, 6}, space.choices(space.parse(DATA_KEY)));
        int[] counts = space.choiceCounts();
        counts[0] = 99; // the caller's copy, not the space's
        assertEquals(2, space.choiceCounts()[0]);
    }

    @Test
    void fromChoicesCanonicalisesAndRejectsOutOfRangeChoices() {
        int[] choices = space.choices(space.parse(DATA_KEY));
        int[] swapped = choices.clone();
        for (int row = 0; row < 16; row += 2) { // swap the two edges of every node
            System.arraycopy(choices, 2 * row, swapped, 2 * row + 2, 2);
            System.arraycopy(choices, 2 * row + 2, swapped, 2 * row, 2);
        }
        assertEquals(space.parse(DATA_KEY), space.fromChoices(swapped));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> space.fromChoices(withChoice(choices, 0, 2)));
        assertEquals("darts choice at position 0 must be in 0..1, got 2", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(withChoice(choices, 1, 7)));
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(new int[31]));
    }

    private static int[] withChoice(int[] choices, int position, int option) {
        int[] out = choices.clone();
        out[position] = option;
        return out;
    }

    @Test
    void everyOnePositionNeighbourIsADistinctArchitecture() {
        DartsArchitecture a = space.parse(DATA_KEY);
        List<Architecture> neighbours = Neighbourhood.of(space, a);
        // Per cell: 6 other ops on each of 8 edges, and node i's edges each have i other free inputs.
        assertEquals(2 * (8 * 6 + 2 * (0 + 1 + 2 + 3)), neighbours.size());
        assertEquals(neighbours.size(), new HashSet<>(neighbours).size());
        assertFalse(neighbours.contains(a));
    }

    @Test
    void architecturesAreEqualExactlyWhenTheirKeysAre() {
        DartsArchitecture a = space.parse(DATA_KEY);
        DartsArchitecture same = space.fromGenotype(DATA_NORMAL, DATA_REDUCE);
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertEquals(a.key(), same.key());
        DartsArchitecture cellsSwapped = space.fromGenotype(a.reduce().tokens(), a.normal().tokens());
        assertNotEquals(a, cellsSwapped);
        assertEquals((long) a.normal().code() * DartsCell.COUNT + a.reduce().code(), a.index());
        assertEquals(DATA_KEY, a.toString());
    }
}
