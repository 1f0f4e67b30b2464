package dev.ednag.spaces.nb101;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb101FixedOpsSpaceTest {

    private static final int D = 49;

    private final Nb101FixedOpsSpace space = Nb101FixedOpsSpace.instance();

    @Test
    void describesItself() {
        assertEquals("nb101-fixed-ops", space.name());
        assertEquals(7, space.shape().rows());
        assertEquals(7, space.shape().cols());
        assertEquals(RowRange.ZERO_TO_ONE, space.genomeRange());
        assertEquals(List.of("input", "conv1x1-bn-relu", "conv3x3-bn-relu", "conv3x3-bn-relu", "conv3x3-bn-relu",
                "maxpool3x3", "output"), Nb101FixedOpsSpace.specLabels());
    }

    @Test
    void theListingIsExactlyWhatTheTwoToThe21AdjacencyPatternsDecodeTo() {
        Set<Nb101Cell> decoded = new HashSet<>();
        double[] g = new double[D];
        for (int mask = 0; mask < 1 << 21; mask++) {
            int bit = 0;
            for (int u = 0; u < 7; u++) {
                for (int v = u + 1; v < 7; v++) {
                    g[u * 7 + v] = (mask >>> bit++) & 1;
                }
            }
            Nb101Cell cell = space.decode(g, 0);
            if (cell != null) {
                decoded.add(cell);
            }
        }
        List<? extends Architecture> listed = space.enumerate().orElseThrow();
        assertEquals(6_399, decoded.size());
        assertEquals(space.size(), listed.size());
        assertEquals(decoded, new HashSet<>(listed));
    }

    @Test
    void everyCellRoundTripsThroughGenomeKeyAndChoices() {
        double[] genomes = new double[3 * D];
        Set<String> keys = new HashSet<>();
        for (Architecture a : space.enumerate().orElseThrow()) {
            Nb101Cell cell = (Nb101Cell) a;
            space.encode(cell, genomes, D);
            assertEquals(cell, space.decode(genomes, D), cell.key());
            assertEquals(cell, space.parse(cell.key()));
            assertEquals(cell, space.fromChoices(space.choices(cell)), cell.key());
            assertEquals(cell, Nb101Space.instance().parse(cell.key())); // an ordinary NB101 cell
            assertTrue(keys.add(cell.key()));
        }
    }

    @Test
    void opsAreFixedByPosition() {
        double[] g = new double[D];
        g[1] = g[7 + 6] = 1.0; // 0 -> 1 -> 6: vertex 1 is conv1x1
        assertEquals("010.001.000|in-c1-out", space.decode(g, 0).key());
        g = new double[D];
        g[5] = g[5 * 7 + 6] = 0.5; // 0 -> 5 -> 6: vertex 5 is the maxpool
        assertEquals("010.001.000|in-mp-out", space.decode(g, 0).key());
        g[3] = g[3 * 7 + 6] = 0.9; // and 0 -> 3 -> 6, a conv3x3
        g[7 * 7 - 1] = 1.0; // diagonal: ignored
        assertEquals("0110.0001.0001.0000|in-c3-mp-out", space.decode(g, 0).key());
    }

    @Test
    void encodingPutsEachVertexOnTheSpecVertexWithItsOp() {
        Nb101Cell cell = space.parse("0110.0001.0001.0000|in-c3-mp-out");
        double[] g = new double[D];
        Arrays.fill(g, 0.3);
        space.encode(cell, g, 0);
        double[] expected = new double[D];
        expected[2] = expected[5] = 1; // 0 -> 2 (conv3x3), 0 -> 5 (maxpool)
        expected[2 * 7 + 6] = expected[5 * 7 + 6] = 1;
        assertArrayEquals(expected, g);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "0110.0001.0001.0000|in-c1-c1-out#it has 2 conv1x1, 0 conv3x3 and 0 maxpool3x3 vertices",
        "0100.0010.0001.0000|in-c3-c1-out#its conv1x1 vertex 2 has an intermediate predecessor",
        "0100.0010.0001.0000|in-mp-c3-out#its maxpool3x3 vertex 1 has an intermediate successor",
        "011110.000001.000001.000001.000001.000000|in-c3-c3-c3-c3-out#it has 0 conv1x1, 4 conv3x3",
    })
    void parseRejectsCellsTheFixedOpsCannotSpell(String key, String detail) {
        Nb101Space.instance().parse(key); // each is a valid NAS-Bench-101 cell
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse(key));
        assertTrue(e.getMessage().startsWith("'" + key + "' is not a nb101-fixed-ops architecture: " + detail),
                e.getMessage());
        assertTrue(e.getMessage().contains("conv1x1-bn-relu, conv3x3-bn-relu"), e.getMessage());
        Nb101Cell cell = Nb101Space.instance().parse(key);
        assertThrows(IllegalArgumentException.class, () -> space.encode(cell, new double[D], 0));
        assertThrows(IllegalArgumentException.class, () -> space.choices(cell));
    }

    @Test
    void parseStillExplainsMalformedKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.parse("01.00"));
        assertTrue(e.getMessage().startsWith("'01.00' is not a nb101-fixed-ops architecture: expected one '|'"),
                e.getMessage());
    }

    @Test
    void choicesAreTheTwentyOneEdgesAndDanglingOnesAreInvalid() {
        assertEquals(21, space.choiceCounts().length);
        int[] choices = space.choices(space.parse("010.001.000|in-c1-out"));
        int[] expected = new int[21];
        expected[0] = 1; // 0 -> 1
        expected[10] = 1; // 1 -> 6
        assertArrayEquals(expected, choices);
        choices[12] = 1; // 2 -> 4: both vertices off every input-output path
        assertNull(space.fromChoices(choices));
        assertNull(space.fromChoices(new int[21]));
    }

    @Test
    void everyValidNeighbourDiffersFromTheCell() {
        for (Architecture a : space.enumerate().orElseThrow().subList(0, 2_000)) {
            for (Architecture neighbour : Neighbourhood.of(space, a)) {
                assertFalse(neighbour.equals(a), a.key());
            }
        }
    }

    @Test
    void sampleDrawsFromTheListingUniformly() {
        List<? extends Architecture> listed = space.enumerate().orElseThrow();
        assertSame(listed, space.enumerate().orElseThrow());
        SplittableRandom random = new SplittableRandom(3);
        int sevenVertex = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sevenVertex += space.sample(random).vertexCount() == 7 ? 1 : 0;
        }
        double p = listed.stream().filter(a -> ((Nb101Cell) a).vertexCount() == 7).count() / (double) listed.size();
        assertTrue(Math.abs(sevenVertex - n * p) < 5 * Math.sqrt(n * p * (1 - p)), sevenVertex + " vs " + n * p);
    }
}
