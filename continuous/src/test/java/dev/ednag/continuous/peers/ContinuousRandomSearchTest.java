package dev.ednag.continuous.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.continuous.BatchFitness;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.Generation;
import dev.ednag.core.run.RandomStreams;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContinuousRandomSearchTest {

    @Test
    void finalPopulationIsTheFittestNOfEverythingItSaw() {
        ContinuousOutcome outcome = new ContinuousRandomSearch(10, 9, 1.0)
                .optimize(new GaussianPeak(), 3, new RandomStreams(6), true);
        List<double[]> seen = outcome.trace().stream().map(Generation::positions).flatMap(Stream::of).toList();
        assertEquals(90, seen.size());
        List<double[]> top = seen.stream()
                .sorted(Comparator.comparingDouble(GaussianPeak::at).reversed())
                .limit(10)
                .toList();
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(top.get(i), outcome.positions()[i]);
            assertEquals(GaussianPeak.at(top.get(i)), outcome.rankingFitness()[i]);
        }
        assertEquals(90, outcome.evaluations());
    }

    @Test
    void drawsDoNotDependOnTheFitness() {
        BatchFitness flat = points -> new double[points.length];
        ContinuousRandomSearch rs = new ContinuousRandomSearch(5, 4, 2.0);
        List<Generation> a = rs.optimize(new GaussianPeak(), 2, new RandomStreams(7), true).trace();
        List<Generation> b = rs.optimize(flat, 2, new RandomStreams(7), true).trace();
        for (int g = 0; g < 4; g++) {
            assertTrue(Arrays.deepEquals(a.get(g).positions(), b.get(g).positions()));
        }
        assertEquals("rs", rs.name());
    }
}
