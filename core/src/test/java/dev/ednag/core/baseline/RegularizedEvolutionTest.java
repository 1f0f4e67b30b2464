package dev.ednag.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.ToyChoiceSpace;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegularizedEvolutionTest {

    private static final ToyChoiceSpace LARGE = ToyChoiceSpace.withOneInvalid(8, 4);

    static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }

    @Test
    void eachChildIsAOnePositionMutationOfALivingMemberAndReplacesTheOldest() {
        RegularizedEvolution rea = new RegularizedEvolution(
                new RegularizedEvolutionConfig(10, 3, new RunLimits(300, 10_000)));
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::rugged);
        OptimizerOutcome outcome = rea.run(LARGE, objective, new RandomStreams(4), StepListener.NONE);

        List<List<String>> calls = objective.calls();
        assertEquals(10, calls.get(0).size()); // the initial population, one batch
        Deque<String> population = new ArrayDeque<>(calls.get(0));
        for (List<String> call : calls.subList(1, calls.size())) {
            assertEquals(1, call.size());
            String child = call.get(0);
            assertTrue(population.stream().anyMatch(member -> differences(member, child) == 1),
                    child + " is no mutation of " + population);
            population.removeFirst();
            population.addLast(child);
        }
        List<String> members = outcome.finalPopulation().stream().map(Architecture::key).toList();
        assertEquals(new ArrayList<>(population), members);
        assertEquals(members, outcome.lastEvaluatedPopulation().stream().map(Architecture::key).toList());
        assertEquals(calls.size(), outcome.iterations());
    }

    @Test
    void findsTheOptimumOfAnEasyLandscapeFarMoreOftenThanRandomSearch() throws IOException {
        int reaHits = 0;
        int rsHits = 0;
        for (long seed = 1; seed <= 50; seed++) {
            reaHits += hit(new RegularizedEvolution(), seed) ? 1 : 0;
            rsHits += hit(new RandomSearch(), seed) ? 1 : 0;
        }
        // 150 of 65,535 architectures: random search hits with probability 0.2 % per run.
        assertTrue(reaHits >= 8, "REA found the optimum in only " + reaHits + " of 50 runs");
        assertTrue(rsHits <= 1, "random search found the optimum in " + rsHits + " of 50 runs");
    }

    private static boolean hit(Optimizer optimizer, long seed) throws IOException {
        double best = BaselineContractTest.run(optimizer, LARGE, seed, 150).incumbent().orElseThrow().search();
        return best == Landscape.additiveOptimum(8);
    }

    @Test
    void aPopulationOfOneIsARandomWalkOfSinglePositionChanges() {
        RegularizedEvolution walk = new RegularizedEvolution(
                new RegularizedEvolutionConfig(1, 1, new RunLimits(50, 10_000)));
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::additive);
        walk.run(LARGE, objective, new RandomStreams(1), StepListener.NONE);
        List<String> keys = objective.keys();
        for (int i = 1; i < keys.size(); i++) {
            assertEquals(1, differences(keys.get(i - 1), keys.get(i)));
        }
    }

    @Test
    void describesItself() {
        RegularizedEvolution rea = new RegularizedEvolution();
        assertEquals("rea", rea.name());
        assertEquals(List.of("population", "sampleSize", "maxEvaluations", "stallLimit"),
                List.copyOf(rea.configuration().keySet()));
        assertEquals(List.of(10, 3, 1_000_000L, 10_000), List.copyOf(rea.configuration().values()));
    }
}
