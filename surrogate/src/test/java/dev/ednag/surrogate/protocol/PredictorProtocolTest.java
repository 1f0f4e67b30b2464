package dev.ednag.surrogate.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.GaussianProcess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictorProtocolTest {

    private static final SearchSpace MICRO = SearchSpaces.get("tnb101-micro");

    /** Labels a surrogate on the one-hot encoding can learn exactly: a weighted count of ops. */
    private static PredictorProtocol additive() {
        List<? extends Architecture> cells = MICRO.enumerate().orElseThrow();
        Encoding onehot = Encodings.of("onehot", MICRO);
        double[] labels = new double[cells.size()];
        for (int i = 0; i < labels.length; i++) {
            double[] x = onehot.encode(cells.get(i));
            for (int k = 0; k < x.length; k++) {
                labels[i] += x[k] * (k % 4) * (1 + k / 4);
            }
        }
        return new PredictorProtocol(cells, labels);
    }

    @Test
    void trainingCellsDependOnSeedAndSizeOnly() {
        PredictorProtocol p = additive();
        int[] a = p.trainingCells(3, 25);
        assertArrayEquals(a, p.trainingCells(3, 25));
        assertEquals(25, Arrays.stream(a).distinct().count());
        assertTrue(!Arrays.equals(a, p.trainingCells(4, 25)));
    }

    @Test
    void aLearnableLabelIsRankedAlmostPerfectlyAndTrialsComeInOrder() {
        PredictorProtocol p = additive();
        List<PredictorTrial> seenLive = new ArrayList<>();
        List<PredictorTrial> trials = p.run(List.of(Encodings.of("onehot", MICRO)), List.of(new GaussianProcess()),
                new int[] {10, 60}, new long[] {1, 2}, 2, seenLive::add);
        assertEquals(4, trials.size());
        assertEquals(4, seenLive.size());
        assertEquals(List.of(10, 10, 60, 60), trials.stream().map(PredictorTrial::n).toList());
        assertEquals(List.of(1L, 2L, 1L, 2L), trials.stream().map(PredictorTrial::seed).toList());
        for (PredictorTrial t : trials.subList(2, 4)) {
            assertTrue(t.kendall() > 0.9, "tau " + t.kendall());
            assertTrue(t.spearman() > t.kendall(), "rho exceeds tau on a near-perfect ranking");
        }
        assertTrue(trials.get(2).kendall() > trials.get(0).kendall(), "60 labels rank better than 10");
    }

    @Test
    void refusesSizesThatLeaveNothingToRank() {
        PredictorProtocol p = additive();
        assertThrows(IllegalArgumentException.class, () -> p.run(List.of(Encodings.of("onehot", MICRO)),
                List.of(new GaussianProcess()), new int[] {4095}, new long[] {1}, 1, t -> {}));
    }
}
