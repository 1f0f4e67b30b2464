package dev.ednag.neural.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.spaces.SearchSpaces;
import dev.ednag.surrogate.encoding.CellGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Arch2VecTrainerTest {

    private static final CellGraph MICRO = CellGraph.of(SearchSpaces.get("tnb101-micro"));

    /** A narrow model, so a test trains in a second or two. */
    private static Arch2VecConfig small(int epochs, long seed) {
        return new Arch2VecConfig(8, 32, 2, epochs, 64, 3e-3, 0.005, seed);
    }

    @Test
    void learnsToReconstructTheCells() {
        List<Integer> epochs = new ArrayList<>();
        Arch2VecTrainer.Result r = new Arch2VecTrainer(small(6, 1)).train(MICRO, epochs::add);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), epochs);
        double[] losses = r.epochLosses();
        assertTrue(losses[5] < 0.8 * losses[0], "loss " + losses[0] + " -> " + losses[5]);
        // 6 node types: chance is 1/6 per op node, the input and output nodes are 2 of 8.
        assertTrue(r.typeAccuracy() > 0.6, "node types reconstructed " + r.typeAccuracy());
        assertEquals(4096, r.table().rows());
        assertEquals(8, r.table().dimension());
    }

    @Test
    void oneSeedGivesOneTableAnotherSeedAnother() {
        float[] a = new Arch2VecTrainer(small(1, 5)).train(MICRO, e -> { }).table().values();
        float[] b = new Arch2VecTrainer(small(1, 5)).train(MICRO, e -> { }).table().values();
        float[] c = new Arch2VecTrainer(small(1, 6)).train(MICRO, e -> { }).table().values();
        assertArrayEquals(a, b);
        assertTrue(!java.util.Arrays.equals(a, c), "another seed trains another table");
    }

    @Test
    void theShippedSettingsAreArch2vecs() {
        Arch2VecConfig d = Arch2VecConfig.defaults();
        assertEquals(16, d.latent());
        assertEquals(128, d.hidden());
        assertEquals(5, d.layers());
        assertThrows(IllegalArgumentException.class, () -> d.withEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> new Arch2VecConfig(16, 128, 5, 1, 32, 1e-3, -1, 1));
    }
}
