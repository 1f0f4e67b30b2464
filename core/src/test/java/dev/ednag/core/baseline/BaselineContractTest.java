package dev.ednag.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.BudgetExhaustedException;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.run.StopReason;
import dev.ednag.core.run.TraceRow;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.core.space.ToyChoiceSpace;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every baseline promises: determinism, goal handling, budgets, a natural end, valid queries. */
class BaselineContractTest {

    private static final ToyChoiceSpace SMALL = ToyChoiceSpace.withOneInvalid(4, 3);
    private static final ToyChoiceSpace LARGE = ToyChoiceSpace.withOneInvalid(8, 4);

    static List<String> queried(Optimizer optimizer, SearchSpace space, long seed, Goal goal,
            ToDoubleFunction<Architecture> f, int maxCalls) {
        RecordingObjective objective = new RecordingObjective(goal, f, maxCalls);
        try {
            optimizer.run(space, objective, new RandomStreams(seed), StepListener.NONE);
        } catch (BudgetExhaustedException expected) {
            // the run was cut after maxCalls calls
        }
        return objective.keys();
    }

    static RunResult run(Optimizer optimizer, SearchSpace space, long seed, long budget) throws IOException {
        RunSpec spec = RunSpec.inMemory(space, optimizer, Landscape.oracle(Landscape::additive), Goal.MAXIMIZE, seed);
        return Runner.run(spec.withBudget(budget), Runner.TraceListener.NONE);
    }

    static List<String> keys(RunResult result) {
        return result.evaluations().stream().map(Evaluation::key).toList();
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void sameSeedQueriesTheSameSequenceAndOtherSeedsDiffer(Baseline baseline) {
        Optimizer optimizer = baseline.create();
        List<String> a = queried(optimizer, LARGE, 11, Goal.MAXIMIZE, Landscape::additive, 60);
        List<String> b = queried(optimizer, LARGE, 11, Goal.MAXIMIZE, Landscape::additive, 60);
        List<String> c = queried(optimizer, LARGE, 12, Goal.MAXIMIZE, Landscape::additive, 60);
        assertTrue(a.size() >= 60, "too few queries: " + a.size());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void minimizingTheNegatedObjectiveQueriesExactlyWhatMaximizingDoes(Baseline baseline) {
        Optimizer optimizer = baseline.create();
        List<String> up = queried(optimizer, LARGE, 3, Goal.MAXIMIZE, Landscape::additive, 300);
        List<String> down = queried(optimizer, LARGE, 3, Goal.MINIMIZE, a -> -Landscape.additive(a), 300);
        assertEquals(up, down);
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void aBudgetCutsTheRunWithoutChangingWhatCameBefore(Baseline baseline) throws IOException {
        Optimizer optimizer = baseline.create();
        RunResult cut = run(optimizer, LARGE, 8, 37);
        RunResult longer = run(optimizer, LARGE, 8, 120);

        assertEquals(StopReason.BUDGET, cut.stopReason());
        assertNull(cut.outcome());
        assertEquals(37, cut.uniqueArchitectures());
        assertEquals(120, longer.uniqueArchitectures());
        assertEquals(keys(longer).subList(0, 37), keys(cut));
        assertEquals(37, new HashSet<>(keys(cut)).size());
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void endsOnItsOwnWithoutABudgetAndQueriesOnlyValidArchitectures(Baseline baseline) {
        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(baseline.create(), SMALL, 4, 0));
        assertEquals(StopReason.COMPLETED, result.stopReason());
        assertNotNull(result.outcome());
        assertEquals(result.trace().size(), result.outcome().iterations());
        assertTrue(result.uniqueArchitectures() <= SMALL.size());
        for (String key : keys(result)) {
            assertNotNull(SMALL.parse(key)); // throws for the invalid 0000
        }
        assertTrue(!result.outcome().finalPopulation().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void endsAfterItsMaximumNumberOfDistinctArchitectures(Baseline baseline) throws IOException {
        RunResult result = run(baseline.create(new RunLimits(30, 10_000)), LARGE, 2, 0);
        assertEquals(StopReason.COMPLETED, result.stopReason());
        long unique = result.uniqueArchitectures();
        if (baseline == Baseline.LS) { // checked between neighbourhoods of 24 architectures
            assertTrue(unique >= 30 && unique < 30 + 24, "unique " + unique);
        } else {
            assertEquals(30, unique);
        }
    }

    @ParameterizedTest
    @EnumSource(Baseline.class)
    void traceHasOneRowPerIterationWithinTheIncumbent(Baseline baseline) throws IOException {
        RunResult result = run(baseline.create(new RunLimits(200, 10_000)), LARGE, 6, 0);
        assertEquals(result.outcome().iterations(), result.trace().size());
        int expected = 0;
        for (TraceRow row : result.trace()) {
            assertEquals(expected++, row.step().iteration());
            assertEquals(-1, row.step().t());
            assertTrue(row.step().stepBestSearch() <= row.bestSearch());
            assertTrue(row.step().validRate() > 0 && row.step().validRate() <= 1);
            assertTrue(row.step().uniqueness() > 0 && row.step().uniqueness() <= 1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Baseline.class, names = {"REA", "REINFORCE", "LS"})
    void refusesASpaceWithoutCategoricalChoicesNamingIt(Baseline baseline) {
        SearchSpace plain = SMALL.asPlainSearchSpace();
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::additive);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> baseline.create().run(plain, objective, new RandomStreams(1), StepListener.NONE));
        assertTrue(e.getMessage().contains("'plain-toy'") && e.getMessage().contains("categorical"), e.getMessage());
        assertTrue(objective.calls().isEmpty());
    }
}
