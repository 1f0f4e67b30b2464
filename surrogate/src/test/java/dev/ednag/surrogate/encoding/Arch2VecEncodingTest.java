package dev.ednag.surrogate.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Arch2VecEncodingTest {

    @Test
    void shipsOneSixteenDimensionalRowPerCell() {
        for (String name : List.of("nb201", "tnb101-micro")) {
            SearchSpace space = SearchSpaces.get(name);
            Arch2VecEncoding encoding = Arch2VecEncoding.of(space);
            assertEquals(16, encoding.dimension());
            assertEquals(space.size(), encoding.table().rows());
            assertTrue(encoding.table().provenance().contains("\"model\":\"arch2vec\""), encoding.table().provenance());
            assertEquals(Arch2VecEncoding.NAME, Encodings.of("arch2vec", space).name());
        }
    }

    /** What GNE-NAS relies on: cells one op apart lie closer than cells drawn at random. */
    @Test
    void cellsOneEditApartLieCloserThanRandomPairs() {
        Nb201Space space = Nb201Space.instance();
        Arch2VecEncoding encoding = Arch2VecEncoding.of(space);
        SplittableRandom random = new SplittableRandom(11);
        double neighbours = 0;
        double strangers = 0;
        int pairs = 2000;
        for (int i = 0; i < pairs; i++) {
            Nb201Cell a = space.cell(random.nextInt(Nb201Cell.COUNT));
            int edge = random.nextInt(6);
            int[] ops = new int[6];
            for (int e = 0; e < 6; e++) {
                ops[e] = a.op(e).ordinal();
            }
            ops[edge] = (ops[edge] + 1 + random.nextInt(4)) % 5;
            neighbours += distance(encoding, a, space.fromChoices(ops));
            strangers += distance(encoding, a, space.cell(random.nextInt(Nb201Cell.COUNT)));
        }
        assertTrue(neighbours < 0.6 * strangers, "mean distance of one-edit pairs " + neighbours / pairs
                + ", of random pairs " + strangers / pairs);
    }

    private static double distance(Encoding encoding, Architecture a, Architecture b) {
        double[] x = encoding.encode(a);
        double[] y = encoding.encode(b);
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += (x[k] - y[k]) * (x[k] - y[k]);
        }
        return Math.sqrt(s);
    }

    @Test
    void refusesSpacesWithoutAShippedEmbedding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Encodings.of("arch2vec", SearchSpaces.get("tnb101-macro")));
        assertTrue(e.getMessage().contains("nb201 and tnb101-micro"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Arch2VecEncoding.of(SearchSpaces.get("nb101")));
    }

    @Test
    void aTableSurvivesItsFileFormat() throws IOException {
        EmbeddingTable table = new EmbeddingTable("nb201", "{\"model\":\"test\"}", 2, 3,
                new float[] {1, 2, 3, -4.5f, 0, 1e-7f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(out);
        EmbeddingTable back = EmbeddingTable.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(table.space(), back.space());
        assertEquals(table.provenance(), back.provenance());
        assertEquals(-4.5f, back.get(1, 0));
        assertEquals(1e-7f, back.get(1, 2));
        assertThrows(IOException.class, () -> EmbeddingTable.read(new ByteArrayInputStream(new byte[] {31, -117, 8})));
        assertThrows(IllegalArgumentException.class,
                () -> new EmbeddingTable("nb201", "", 1, 2, new float[] {1, Float.NaN}));
    }
}
