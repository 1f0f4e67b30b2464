package dev.ednag.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.BudgetExhaustedException;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.ToyChoiceSpace;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomSearchTest {

    private static final ToyChoiceSpace SMALL = ToyChoiceSpace.withOneInvalid(4, 3);
    private static final ToyChoiceSpace LARGE = ToyChoiceSpace.withOneInvalid(8, 4);

    private static ToyChoiceSpace small(boolean listed) {
        return listed ? SMALL : SMALL.unlisted();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void exhaustsASmallSpaceExactlyWithoutRepeats(boolean listed) {
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::additive);
        OptimizerOutcome outcome = new RandomSearch().run(small(listed), objective, new RandomStreams(9), StepListener.NONE);

        List<String> keys = objective.keys();
        assertEquals(80, keys.size());
        Set<String> expected = new HashSet<>();
        SMALL.all().forEach(a -> expected.add(a.key()));
        assertEquals(expected, new HashSet<>(keys));
        assertEquals(80, outcome.iterations());
        assertEquals(1, outcome.lastEvaluatedPopulation().size());
    }

    @Test
    void outcomeIsTheTenBestBestFirstForEitherGoal() {
        for (Goal goal : Goal.values()) {
            RecordingObjective objective = new RecordingObjective(goal, Landscape::additive);
            List<Architecture> best = new RandomSearch().run(SMALL, objective, new RandomStreams(2), StepListener.NONE)
                    .finalPopulation();
            List<Double> all = SMALL.all().stream().map(Landscape::additive).sorted().toList();
            assertEquals(10, best.size());
            for (int i = 0; i < 10; i++) {
                double expected = goal == Goal.MAXIMIZE ? all.get(all.size() - 1 - i) : all.get(i);
                assertEquals(expected, Landscape.additive(best.get(i)), 1e-12, goal + " rank " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void batchSizeChangesNeitherWhatIsEvaluatedNorTheOrder(boolean listed) throws IOException {
        ToyChoiceSpace space = listed ? LARGE : LARGE.unlisted();
        RandomSearch one = new RandomSearch();
        RandomSearch seven = new RandomSearch(new RandomSearchConfig(7, RunLimits.defaults()));

        RunResult a = BaselineContractTest.run(one, space, 21, 30);
        RunResult b = BaselineContractTest.run(seven, space, 21, 30);

        assertEquals(BaselineContractTest.keys(a), BaselineContractTest.keys(b));
        assertEquals(30, a.trace().size());
        assertEquals(4, b.trace().size()); // four full batches of 7; the fifth is cut by the budget

        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::additive, 3);
        assertThrows(BudgetExhaustedException.class,
                () -> seven.run(space, objective, new RandomStreams(21), StepListener.NONE));
        assertEquals(List.of(7, 7, 7), objective.calls().stream().map(List::size).toList());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void neverLooksUpAnArchitectureTwice(boolean listed) {
        List<String> keys = BaselineContractTest.queried(new RandomSearch(), listed ? LARGE : LARGE.unlisted(), 5,
                Goal.MAXIMIZE, Landscape::additive, 5_000);
        assertEquals(5_000, keys.size());
        assertEquals(5_000, new HashSet<>(keys).size());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void firstDrawIsUniformOverTheSpace(boolean listed) {
        ToyChoiceSpace space = small(listed);
        Map<String, Integer> counts = new HashMap<>();
        for (long seed = 0; seed < 8_000; seed++) {
            List<String> keys = BaselineContractTest.queried(new RandomSearch(), space, seed, Goal.MAXIMIZE,
                    Landscape::additive, 1);
            counts.merge(keys.get(0), 1, Integer::sum);
        }
        assertEquals(80, counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) { // 100 expected, sd 10
            assertTrue(e.getValue() > 55 && e.getValue() < 145, e.toString());
        }
    }

    @Test
    void describesItself() {
        RandomSearch rs = new RandomSearch();
        assertEquals("rs", rs.name());
        assertEquals(List.of("batchSize", "maxEvaluations", "stallLimit"), List.copyOf(rs.configuration().keySet()));
        assertEquals(List.of(1, 1_000_000L, 10_000), List.copyOf(rs.configuration().values()));
    }
}
