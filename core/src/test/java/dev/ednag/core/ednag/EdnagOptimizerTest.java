package dev.ednag.core.ednag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.AccuracyStretch;
import dev.ednag.core.fitness.RangeFitness;
import dev.ednag.core.fitness.ScaledStretch;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.space.Architecture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdnagOptimizerTest {

    private static final ArgmaxToySpace SPACE = new ArgmaxToySpace(6, 4);

    /** Accuracy 95 minus one point per row that differs from option 2. */
    private static final Evaluator ORACLE = archs -> {
        List<Evaluation> out = new ArrayList<>();
        for (Architecture a : archs) {
            ArgmaxToySpace.Choice c = (ArgmaxToySpace.Choice) a;
            double acc = 95;
            for (int r = 0; r < 6; r++) {
                acc -= c.option(r) == 2 ? 0 : 1;
            }
            out.add(Evaluation.ok(a.key(), acc, acc, Map.of()));
        }
        return out;
    };

    private static EdnagOptimizer faithful() {
        return new EdnagOptimizer(
                EdnagVariant.FAITHFUL.config(new ScaledStretch(1.0, AccuracyStretch.Variant.PLAIN)), "faithful");
    }

    private static RunResult run(long seed) throws IOException {
        return run(faithful(), seed);
    }

    private static RunResult run(EdnagOptimizer optimizer, long seed) throws IOException {
        return Runner.run(RunSpec.inMemory(SPACE, optimizer, ORACLE, Goal.MAXIMIZE, seed), Runner.TraceListener.NONE);
    }

    private static EdnagOptimizer variant(EdnagVariant v) {
        return new EdnagOptimizer(v.config(new ScaledStretch(1.0, AccuracyStretch.Variant.PLAIN)), v.id());
    }

    private static EdnagOptimizer budgetVariant(long budget) {
        return new EdnagOptimizer(EdnagVariant.BUDGET.config(new ScaledStretch(1.0, AccuracyStretch.Variant.PLAIN),
                budget), "budget");
    }

    /** A loss: one unit per row away from option 1; 0 is the optimum. */
    private static final Evaluator LOSS = archs -> {
        List<Evaluation> out = new ArrayList<>();
        for (Architecture a : archs) {
            ArgmaxToySpace.Choice c = (ArgmaxToySpace.Choice) a;
            double loss = 0;
            for (int r = 0; r < 6; r++) {
                loss += Math.abs(c.option(r) - 1);
            }
            out.add(Evaluation.ok(a.key(), loss, loss, Map.of()));
        }
        return out;
    };

    @Test
    void minimisingALossRunsExactlyAsMaximisingItsNegation() throws IOException {
        EdnagOptimizer minimiser = new EdnagOptimizer(EdnagVariant.FAITHFUL.config(new RangeFitness(0, 12)), "faithful");
        EdnagOptimizer maximiser = new EdnagOptimizer(EdnagVariant.FAITHFUL.config(new RangeFitness(0, -12)), "faithful");
        Evaluator negated = archs -> LOSS.evaluate(archs).stream()
                .map(e -> Evaluation.ok(e.key(), -e.search(), -e.report(), Map.of())).toList();
        double lossSum = 0;
        for (long seed = 1; seed <= 10; seed++) {
            RunResult min = Runner.run(RunSpec.inMemory(SPACE, minimiser, LOSS, Goal.MINIMIZE, seed),
                    Runner.TraceListener.NONE);
            RunResult max = Runner.run(RunSpec.inMemory(SPACE, maximiser, negated, Goal.MAXIMIZE, seed),
                    Runner.TraceListener.NONE);
            assertEquals(max.evaluations().stream().map(Evaluation::key).toList(),
                    min.evaluations().stream().map(Evaluation::key).toList(), "seed " + seed);
            double best = min.incumbent().orElseThrow().search();
            assertEquals(-max.incumbent().orElseThrow().search(), best, 0.0);
            for (var row : min.trace()) {
                assertTrue(row.step().stepBestSearch() >= row.bestSearch(), "a step's best cannot beat the incumbent");
            }
            lossSum += best;
        }
        // A random cell has loss 6 on average, the best of a random population of 30 about 2.
        assertTrue(lossSum / 10 < 1, "mean best loss " + lossSum / 10);
    }

    @Test
    void refusesAMetricWhoseDirectionTheFitnessTransformDoesNotReward() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Runner.run(RunSpec.inMemory(SPACE, faithful(), LOSS, Goal.MINIMIZE, 1), Runner.TraceListener.NONE));
        assertTrue(e.getMessage().contains("minimise"), e.getMessage());
    }

    @Test
    void budgetVariantSpendsAboutItsBudgetOnNewArchitecturesOnItsOwn() throws IOException {
        for (long budget : List.of(60L, 200L)) {
            RunResult r = run(budgetVariant(budget), 4); // no evaluator budget: the schedule alone must end the run
            assertTrue(r.uniqueArchitectures() >= 0.9 * budget && r.uniqueArchitectures() <= budget + 20,
                    budget + " -> " + r.uniqueArchitectures());
        }
    }

    @Test
    void budgetVariantBeatsTheFaithfulOneAtASmallBudget() throws IOException {
        double budgetAware = 0;
        double faithful = 0;
        for (long seed = 1; seed <= 20; seed++) {
            budgetAware += Runner.run(RunSpec.inMemory(SPACE, budgetVariant(60), ORACLE, Goal.MAXIMIZE, seed)
                    .withBudget(60), Runner.TraceListener.NONE).incumbent().orElseThrow().search();
            faithful += Runner.run(RunSpec.inMemory(SPACE, faithful(), ORACLE, Goal.MAXIMIZE, seed)
                    .withBudget(60), Runner.TraceListener.NONE).incumbent().orElseThrow().search();
        }
        assertTrue(budgetAware > faithful, "budget " + budgetAware / 20 + " vs faithful " + faithful / 20);
    }

    @Test
    void withoutSelectionEachIterationLooksUpOnlyThePopulation() throws IOException {
        for (EdnagVariant v : List.of(EdnagVariant.FD, EdnagVariant.NAIVE_DIFFUSION)) {
            RunResult r = run(variant(v), 3);
            assertEquals(99L * 30, r.lookups(), v.id());
            assertEquals(99, r.trace().size(), v.id());
        }
    }

    @Test
    void sameSeedGivesTheSameRun() throws IOException {
        RunResult a = run(7);
        RunResult b = run(7);
        assertEquals(a.evaluations(), b.evaluations());
        assertEquals(a.trace(), b.trace());
    }

    @Test
    void differentSeedsExploreDifferently() throws IOException {
        assertNotEquals(run(1).evaluations(), run(2).evaluations());
    }

    @Test
    void runsNMinusOneIterationsWithThreePLookupsEach() throws IOException {
        RunResult r = run(3);
        assertEquals(99, r.trace().size());
        assertEquals(99L * 3 * 30, r.lookups()); // every toy genome is valid
        assertEquals(99, r.outcome().iterations());
        assertEquals(30, r.outcome().finalPopulation().size());
        assertTrue(r.uniqueArchitectures() < r.lookups(), "repeats must be served by the cache");
    }

    @Test
    void findsTheOptimumOfASeparableLandscapeInMostRuns() throws IOException {
        int hits = 0;
        for (long seed = 1; seed <= 10; seed++) {
            if (run(seed).incumbent().orElseThrow().search() == 95.0) {
                hits++;
            }
        }
        // 4^6 = 4096 cells; a few hundred unique evaluations of random search would hit ~10 % of the time.
        assertTrue(hits >= 8, "EDNAG found the optimum in only " + hits + " of 10 runs");
    }

    @Test
    void traceIsConsistentWithTheRun() throws IOException {
        RunResult r = run(5);
        long previousUnique = 0;
        for (var row : r.trace()) {
            assertTrue(row.uniqueArchitectures() >= previousUnique);
            previousUnique = row.uniqueArchitectures();
            assertEquals(1.0, row.step().validRate());
            assertTrue(row.step().uniqueness() > 0 && row.step().uniqueness() <= 1);
            assertTrue(row.step().stepBestSearch() <= row.bestSearch());
        }
        assertEquals(r.uniqueArchitectures(), previousUnique);
    }
}
