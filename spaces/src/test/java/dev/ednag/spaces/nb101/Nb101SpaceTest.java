package dev.ednag.spaces.nb101;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb101SpaceTest {

    private static final int D = 70;
    private static final List<String> LABELS = List.of("input", "conv3x3-bn-relu", "conv1x1-bn-relu", "maxpool3x3");

    private final Nb101Space space = Nb101Space.instance();

    @Test
    void describesItself() {
        assertEquals("nb101", space.name());
        assertEquals(7, space.shape().rows());
        assertEquals(10, space.shape().cols());
        assertEquals(423_624, space.size());
        assertEquals(RowRange.ZERO_TO_ONE, space.genomeRange());
        assertTrue(space.enumerate().isEmpty());
    }

    @Test
    void tenThousandSamplesRoundTripThroughGenomeKeyAndChoices() {
        SplittableRandom random = new SplittableRandom(1);
        double[] genomes = new double[3 * D];
        for (int i = 0; i < 10_000; i++) {
            Nb101Cell cell = space.sample(random);
            space.encode(cell, genomes, D); // middle slot: offsets must be honoured
            assertEquals(cell, space.decode(genomes, D), cell.key());
            assertEquals(cell, space.parse(cell.key()));
            assertEquals(cell.key(), space.parse(cell.key()).key());
            assertEquals(cell, space.fromChoices(space.choices(cell)), cell.key());
            assertEquals(cell, space.fromSpec(cell.adjacencyMatrix(), cell.benchmarkOps()));
        }
    }

    @Test
    void encodingPlacesTheOutputOnTheLastRow() {
        Nb101Cell cell = space.parse("0110.0001.0001.0000|in-c3-mp-out");
        double[] g = new double[D];
        Arrays.fill(g, 0.7); // stale values must be cleared
        space.encode(cell, g, 0);
        double[] expected = new double[D];
        expected[1] = 1; // 0 -> 1
        expected[2] = 1; // 0 -> 2
        expected[10 + 6] = 1; // 1 -> output (spec vertex 6)
        expected[20 + 6] = 1; // 2 -> output
        expected[10 + 7] = 1; // vertex 1: conv3x3
        expected[20 + 9] = 1; // vertex 2: maxpool3x3
        assertArrayEquals(expected, g);
    }

    @Test
    void relabelledSpecsGiveTheSameKey() {
        SplittableRandom random = new SplittableRandom(2);
        int checked = 0;
        while (checked < 200) {
            int[][] matrix = new int[7][7];
            for (int u = 0; u < 7; u++) {
                for (int v = u + 1; v < 7; v++) {
                    matrix[u][v] = random.nextInt(3) == 0 ? 1 : 0;
                }
            }
            List<String> labels = new ArrayList<>(List.of("input"));
            for (int v = 1; v < 6; v++) {
                labels.add(LABELS.get(1 + random.nextInt(3)));
            }
            labels.add("output");
            Nb101Cell cell = space.fromSpec(matrix, labels);
            if (cell == null) {
                continue;
            }
            checked++;
            for (int[] permutation : intermediatePermutations()) {
                int[][] relabelled = new int[7][7];
                List<String> relabelledOps = new ArrayList<>(labels);
                boolean forward = true;
                for (int u = 0; u < 7; u++) {
                    relabelledOps.set(permutation[u], labels.get(u));
                    for (int v = 0; v < 7; v++) {
                        relabelled[permutation[u]][permutation[v]] = matrix[u][v];
                        forward &= matrix[u][v] == 0 || permutation[u] < permutation[v];
                    }
                }
                if (forward) {
                    assertEquals(cell.key(), space.fromSpec(relabelled, relabelledOps).key());
                }
            }
        }
    }

    /** Every permutation of 0..6 that keeps 0 and 6 in place. */
    private static List<int[]> intermediatePermutations() {
        List<int[]> out = new ArrayList<>();
        permute(new int[] {0, 1, 2, 3, 4, 5, 6}, 1, out);
        return out;
    }

    private static void permute(int[] p, int from, List<int[]> out) {
        if (from == 6) {
            out.add(p.clone());
            return;
        }
        for (int i = from; i < 6; i++) {
            int t = p[from];
            p[from] = p[i];
            p[i] = t;
            permute(p, from + 1, out);
            p[i] = p[from];
            p[from] = t;
        }
    }

    @Test
    void twoSpecsOfTheBenchmarkSampleThatPruneToOneGraphShareTheirKey() {
        // Rows of the NASLib NAS-Bench-101 sample: different unpruned specs, isomorphic after pruning.
        Nb101Cell a = space.fromSpec("0110100000111100000110000101000001000000000000000",
                "input;conv1x1-bn-relu;conv3x3-bn-relu;conv1x1-bn-relu;conv1x1-bn-relu;conv1x1-bn-relu;output");
        Nb101Cell b = space.fromSpec("0011000000000000000010000111000000100000000000000",
                "input;conv3x3-bn-relu;conv3x3-bn-relu;conv1x1-bn-relu;conv1x1-bn-relu;conv1x1-bn-relu;output");
        assertEquals(a, b);
        assertEquals("01010.00101.00001.00001.00000|in-c1-c1-c3-out", a.key());
    }

    @Test
    void pruningDropsDanglingVertices() {
        // 0 -> 1 -> 6, plus vertex 2 fed by 0 but feeding nothing, and vertex 3 feeding 6 but unreachable
        int[][] m = new int[7][7];
        m[0][1] = m[1][6] = m[0][2] = m[3][6] = m[2][4] = 1;
        Nb101Cell cell = space.fromSpec(m, List.of("input", "conv1x1-bn-relu", "maxpool3x3", "maxpool3x3",
                "conv3x3-bn-relu", "conv3x3-bn-relu", "output"));
        assertEquals("010.001.000|in-c1-out", cell.key());
    }

    @Test
    void moreThanNineEdgesAfterPruningIsInvalid() {
        // a chain 0->1->...->6 (6 edges) plus 4 skips = 10 edges, nothing to prune
        int[][] m = chain();
        m[0][2] = m[0][3] = m[0][4] = m[0][5] = 1;
        assertNull(space.fromSpec(m, sevenLabels()));
        m[0][5] = 0; // 9 edges
        assertEquals(9, space.fromSpec(m, sevenLabels()).edgeCount());
        // 12 edges before pruning, 8 after: vertex 5 reaches nothing, so it goes with its four in-edges
        int[][] n = chain();
        n[0][2] = n[0][3] = n[0][4] = 1;
        n[5][6] = 0;
        n[4][6] = 1;
        n[0][5] = n[1][5] = n[2][5] = 1;
        Nb101Cell pruned = space.fromSpec(n, sevenLabels());
        assertEquals(8, pruned.edgeCount());
        assertEquals(6, pruned.vertexCount());
    }

    private static int[][] chain() {
        int[][] m = new int[7][7];
        for (int u = 0; u < 6; u++) {
            m[u][u + 1] = 1;
        }
        return m;
    }

    private static List<String> sevenLabels() {
        return List.of("input", "conv3x3-bn-relu", "conv3x3-bn-relu", "conv3x3-bn-relu", "conv3x3-bn-relu",
                "conv3x3-bn-relu", "output");
    }

    @Test
    void inputCutOffFromOutputIsInvalid() {
        int[][] m = new int[7][7];
        m[0][1] = m[1][2] = m[3][6] = m[4][5] = 1;
        assertNull(space.fromSpec(m, sevenLabels()));
        assertNull(space.fromSpec(new int[7][7], sevenLabels()));
        assertNull(space.decode(new double[D], 0));
    }

    @Test
    void genomeEdgesUseTheHalfThresholdAboveTheDiagonalOnly() {
        double[] g = new double[D];
        for (int u = 0; u < 7; u++) {
            for (int v = 0; v <= u; v++) {
                g[u * 10 + v] = 1.0; // diagonal and below: ignored
            }
        }
        g[1] = 0.5; // 0 -> 1: exactly the threshold is an edge
        g[10 + 6] = 0.75; // 1 -> 6
        g[2] = 0.4999; // 0 -> 2: below the threshold
        g[20 + 6] = 0.9; // 2 -> 6, but 2 is unreachable
        g[3] = Double.NaN; // 0 -> 3: NaN is no edge
        g[30 + 6] = 1.0;
        g[10 + 8] = 0.3; // vertex 1: conv1x1 wins
        assertEquals("010.001.000|in-c1-out", space.decode(g, 0).key());
    }

    @Test
    void opColumnsFollowArgmaxRulesAndAreIgnoredOnInputAndOutputRows() {
        double[] g = new double[D];
        g[1] = g[10 + 6] = 1.0; // 0 -> 1 -> 6
        g[7] = g[9] = 5.0; // row 0 op columns: ignored
        g[60 + 8] = Double.NaN; // row 6 op columns: ignored
        assertEquals("010.001.000|in-c3-out", space.decode(g, 0).key()); // all ops tie: the first, conv3x3
        g[10 + 8] = 0.2;
        g[10 + 9] = 0.2; // tie between conv1x1 and maxpool: conv1x1
        assertEquals("010.001.000|in-c1-out", space.decode(g, 0).key());
        g[10 + 9] = Double.NaN; // a NaN is the maximum
        assertEquals("010.001.000|in-mp-out", space.decode(g, 0).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
        "\"\"#expected one '|' between the adjacency rows and the vertex labels, found 0",
        "01.00|in|out#expected one '|' between the adjacency rows and the vertex labels, found 2",
        "0.|in-out#row 0 is '0', expected 2 digits 0 or 1",
        "01.0x|in-out#row 1 is '0x', expected 2 digits 0 or 1",
        "0|in#it has 1 adjacency row(s); a cell has 2 to 7 vertices",
        "01.10|in-out#row 1 has an edge to vertex 0; edges must go to a higher vertex",
        "01.00|in-c3-out#it has 3 vertex label(s) for 2 vertices",
        "010.001.000|out-c3-in#the labels must start with 'in' and end with 'out'",
        "010.001.000|in-c5-out#vertex 1 has unknown label 'c5'",
        "000.000.000|in-c3-out#the input does not reach the output",
        "001.000.000|in-c3-out#vertex 1 is on no path from input to output (keys list the pruned graph only)",
        "0110.0001.0001.0000|in-mp-c3-out#its vertices are not in canonical order; this graph's key is "
                + "'0110.0001.0001.0000|in-c3-mp-out'",
        "0111111.0011111.0001111.0000111.0000011.0000001.0000000|in-c3-c3-c3-c3-c3-out#it has 21 edges; at most 9"
                + " are allowed",
    })
    void parseExplainsWhatIsWrong(String key, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        assertTrue(e.getMessage().startsWith("'" + key + "' is not a nb101 architecture: " + detail + "; expected "),
                e.getMessage());
        assertTrue(e.getMessage().contains("e.g. 0110.0001.0001.0000|in-c3-mp-out"), e.getMessage());
    }

    @Test
    void malformedSpecsAreErrorsNotInvalidCells() {
        String seven = "input;conv3x3-bn-relu;conv3x3-bn-relu;conv3x3-bn-relu;conv3x3-bn-relu;conv3x3-bn-relu;output";
        String chain = "0100000001000000010000000100000001000000010000000";
        assertNotNull(space.fromSpec(chain, seven));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec(chain + "0", seven)); // 50 characters
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec(chain.replace('1', '2'), seven));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec("0" + chain.substring(1, 48) + "1", seven));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec(chain, seven.replace(";output", "")));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec(chain, seven.replace("input", "in")));
        assertThrows(IllegalArgumentException.class,
                () -> space.fromSpec(chain, seven.replaceFirst("conv3x3-bn-relu", "conv5x5")));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec("0".repeat(64), seven));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec(new int[][] {{0, 1}, {0}},
                List.of("input", "output")));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec(new int[][] {{0, 1}, {1, 0}},
                List.of("input", "output")));
        assertThrows(IllegalArgumentException.class, () -> space.fromSpec((int[][]) null, List.of()));
    }

    @Test
    void choicesAreTheCanonicalSpecEdgesThenTheOps() {
        int[] counts = space.choiceCounts();
        assertEquals(26, counts.length);
        for (int i = 0; i < 26; i++) {
            assertEquals(i < 21 ? 2 : 3, counts[i]);
        }
        int[] expected = new int[26];
        expected[0] = 1; // pair 0 -> 1
        expected[10] = 1; // pair 1 -> 6: after the six pairs of row 0 and 1->2 .. 1->5
        expected[21] = 1; // vertex 1: conv1x1
        assertArrayEquals(expected, space.choices(space.parse("010.001.000|in-c1-out")));
    }

    @Test
    void choiceVectorsThatNeedPruningOrSetUnusedOpsAreInvalid() {
        int[] choices = space.choices(space.parse("010.001.000|in-c1-out"));
        choices[1] = 1; // 0 -> 2, and 2 leads nowhere
        assertNull(space.fromChoices(choices));
        choices = space.choices(space.parse("010.001.000|in-c1-out"));
        choices[22] = 2; // the op of the unused vertex 2
        assertNull(space.fromChoices(choices));
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(new int[26 - 1]));
        int[] outOfRange = new int[26];
        outOfRange[25] = 3;
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(outOfRange));
    }

    @Test
    void everyValidNeighbourDiffersFromTheCell() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 300; i++) {
            Nb101Cell cell = space.sample(random);
            List<Architecture> neighbours = Neighbourhood.of(space, cell);
            assertFalse(neighbours.isEmpty(), cell.key());
            for (Architecture neighbour : neighbours) {
                assertFalse(neighbour.equals(cell), cell.key());
            }
            Architecture mutated = Neighbourhood.random(space, cell, random);
            assertFalse(cell.equals(mutated), cell.key());
        }
    }

    @Test
    void samplesAreUniformOverCellsNotOverSpecs() {
        // Share of six-vertex cells among all 423,624: 62,010 (14.6 %). Sampling random 7x7 specs
        // instead would mostly give small, heavily pruned graphs.
        SplittableRandom random = new SplittableRandom(6);
        int n = 10_000;
        int[] byVertices = new int[8];
        for (int i = 0; i < n; i++) {
            byVertices[space.sample(random).vertexCount()]++;
        }
        double p = 62_010 / 423_624.0;
        double sd = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(byVertices[6] - n * p) < 5 * sd, Arrays.toString(byVertices));
        double p7 = 359_082 / 423_624.0;
        assertTrue(Math.abs(byVertices[7] - n * p7) < 5 * Math.sqrt(n * p7 * (1 - p7)), Arrays.toString(byVertices));
    }

    @Test
    void sampleIsReproducible() {
        SplittableRandom a = new SplittableRandom(9);
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 100; i++) {
            assertEquals(space.sample(a), space.sample(b));
        }
    }

    @Test
    void encodeAcceptsForeignArchitecturesByKeyAndChecksBounds() {
        double[] g = new double[D];
        space.encode(() -> "010.001.000|in-mp-out", g, 0);
        assertEquals("010.001.000|in-mp-out", space.decode(g, 0).key());
        assertThrows(IllegalArgumentException.class, () -> space.encode(() -> "64-1123-basic", g, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> space.decode(new double[D], 1));
        assertThrows(IndexOutOfBoundsException.class, () -> space.encode(space.parse("01.00|in-out"), g, 1));
    }
}
