package dev.ednag.spaces.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ednag.core.baseline.LocalSearch;
import dev.ednag.core.baseline.LocalSearchConfig;
import dev.ednag.core.baseline.RandomSearch;
import dev.ednag.core.baseline.RegularizedEvolution;
import dev.ednag.core.baseline.RegularizedEvolutionConfig;
import dev.ednag.core.baseline.Reinforce;
import dev.ednag.core.baseline.RunLimits;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.run.StopReason;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.Neighbourhood;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The baselines on the real NB201 space, with the synthetic landscape of {@link SyntheticLandscapeTest}. */
class BaselinesOnNb201Test {

    private static final Nb201Space SPACE = Nb201Space.instance();

    private static final Evaluator ORACLE = archs -> {
        List<Evaluation> out = new ArrayList<>(archs.size());
        for (Architecture a : archs) {
            double acc = SyntheticLandscapeTest.accuracy(SPACE.parse(a.key()));
            out.add(Evaluation.ok(a.key(), acc, acc, Map.of()));
        }
        return out;
    };

    private static RunResult run(Optimizer optimizer, long seed, long budget) throws IOException {
        return Runner.run(RunSpec.inMemory(SPACE, optimizer, ORACLE, Goal.MAXIMIZE, seed).withBudget(budget),
                Runner.TraceListener.NONE);
    }

    @Test
    void everyBaselineQueriesOnlyDistinctValidCellsUpToItsBudget() throws IOException {
        for (Optimizer optimizer : List.of(new RandomSearch(), new RegularizedEvolution(), new Reinforce(),
                new LocalSearch())) {
            RunResult result = run(optimizer, 3, 150);
            assertEquals(StopReason.BUDGET, result.stopReason(), optimizer.name());
            assertEquals(150, result.uniqueArchitectures(), optimizer.name());
            HashSet<String> keys = new HashSet<>();
            for (Evaluation e : result.evaluations()) {
                assertInstanceOf(Nb201Cell.class, SPACE.parse(e.key())); // throws for anything else
                keys.add(e.key());
            }
            assertEquals(150, keys.size(), optimizer.name());
        }
    }

    @Test
    void naturalEndsReturnNb201CellsAndLocalSearchRanksTheOptimumFirst() throws IOException {
        RunLimits limits = new RunLimits(2_000, 10_000);
        RegularizedEvolution evolution = new RegularizedEvolution(new RegularizedEvolutionConfig(10, 3, limits));
        RunResult rea = Runner.run(RunSpec.inMemory(SPACE, evolution, ORACLE, Goal.MAXIMIZE, 5),
                Runner.TraceListener.NONE);
        assertEquals(StopReason.COMPLETED, rea.stopReason());
        assertEquals(10, rea.outcome().finalPopulation().size());
        rea.outcome().finalPopulation().forEach(a -> assertInstanceOf(Nb201Cell.class, a));

        LocalSearch local = new LocalSearch(new LocalSearchConfig(1, limits));
        RunResult ls = Runner.run(RunSpec.inMemory(SPACE, local, ORACLE, Goal.MAXIMIZE, 5),
                Runner.TraceListener.NONE);
        assertEquals(StopReason.COMPLETED, ls.stopReason());
        Architecture best = ls.outcome().finalPopulation().get(0);
        assertInstanceOf(Nb201Cell.class, best);
        assertEquals(94.37, SyntheticLandscapeTest.accuracy((Nb201Cell) best));
    }

    @Test
    void reaMutatesOneEdgeOfAnNb201Cell() {
        Nb201Cell parent = SPACE.cell(1234);
        for (int i = 0; i < 200; i++) {
            Nb201Cell child = (Nb201Cell) Neighbourhood.random(SPACE, parent, new SplittableRandom(i));
            int changed = 0;
            for (int edge = 0; edge < Nb201Cell.EDGES; edge++) {
                changed += child.op(edge) == parent.op(edge) ? 0 : 1;
            }
            assertEquals(1, changed, child.key());
        }
        assertEquals(24, Neighbourhood.of(SPACE, parent).size());
    }

    @Test
    void localSearchAlwaysReachesTheSyntheticOptimumWithin150Queries() throws IOException {
        int hits = 0;
        for (long seed = 1; seed <= 20; seed++) {
            if (run(new LocalSearch(), seed, 150).incumbent().orElseThrow().search() == 94.37) {
                hits++;
            }
        }
        // The landscape is separable, so one climb of at most 6 moves (1 + 24 + 5 * 23 = 140 cells) suffices.
        assertEquals(20, hits);
    }
}
