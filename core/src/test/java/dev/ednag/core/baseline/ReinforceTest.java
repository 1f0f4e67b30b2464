package dev.ednag.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.BudgetExhaustedException;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.run.StopReason;
import dev.ednag.core.run.TraceRow;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.ToyChoiceSpace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ReinforceTest {

    private static final ToyChoiceSpace LARGE = ToyChoiceSpace.withOneInvalid(8, 4);

    @Test
    void policyStartsUniformAndFollowsTheSignOfTheAdvantage() {
        CategoricalPolicy policy = new CategoricalPolicy(new int[] {4, 2}, 0.1);
        assertEquals(0.25, policy.probability(0, 3), 1e-15);
        assertEquals(0.5, policy.probability(1, 0), 1e-15);

        policy.reinforce(new int[] {3, 0}, 2.0);
        assertTrue(policy.probability(0, 3) > 0.25);
        assertTrue(policy.probability(1, 0) > 0.5);
        assertEquals(policy.probability(0, 0), policy.probability(0, 1), 1e-15); // unchosen options move together
        double sum = 0;
        for (int option = 0; option < 4; option++) {
            sum += policy.probability(0, option);
        }
        assertEquals(1.0, sum, 1e-12);

        CategoricalPolicy punished = new CategoricalPolicy(new int[] {4, 2}, 0.1);
        punished.reinforce(new int[] {3, 0}, -2.0);
        assertTrue(punished.probability(0, 3) < 0.25);
    }

    @Test
    void adamStepsHaveTheSizeOfTheLearningRateWhateverTheRewardScale() {
        for (double scale : new double[] {1e-3, 1, 1e3}) {
            double[] parameters = new double[2];
            new Adam(2, 0.01).ascend(parameters, new double[] {scale, -scale});
            assertArrayEquals(new double[] {0.01, -0.01}, parameters, 1e-6);
        }
    }

    @Test
    void baselineIsTheBiasCorrectedMovingAverage() {
        MovingAverageBaseline baseline = new MovingAverageBaseline(0.9);
        assertTrue(Double.isNaN(baseline.value()));
        baseline.update(10);
        assertEquals(10, baseline.value(), 1e-12); // no pull towards the initial 0
        baseline.update(20);
        assertEquals((0.9 * 0.1 * 10 + 0.1 * 20) / (0.9 * 0.1 + 0.1), baseline.value(), 1e-12);
    }

    @Test
    void onAnAdditiveLandscapeTheBestOptionBecomesLikelierAtEveryPosition() {
        for (long seed = 1; seed <= 3; seed++) {
            List<String> keys = BaselineContractTest.queried(new Reinforce(), LARGE, seed, Goal.MAXIMIZE,
                    Landscape::additive, 600);
            assertEquals(600, keys.size());
            for (int p = 0; p < 8; p++) {
                int early = targetCount(keys.subList(0, 100), p);
                int late = targetCount(keys.subList(500, 600), p);
                // uniform: 25 of 100
                assertTrue(late >= early + 20 && late >= 50, "seed " + seed + " position " + p + ": " + early + " -> " + late);
            }
        }
    }

    private static int targetCount(List<String> keys, int position) {
        int n = 0;
        for (String key : keys) {
            n += key.charAt(position) - '0' == Landscape.target(position) ? 1 : 0;
        }
        return n;
    }

    @Test
    void beatsRandomSearchOnAverageAtAModerateBudget() throws IOException {
        double reinforce = 0;
        double random = 0;
        for (long seed = 1; seed <= 50; seed++) {
            reinforce += BaselineContractTest.run(new Reinforce(), LARGE, seed, 150).incumbent().orElseThrow().search();
            random += BaselineContractTest.run(new RandomSearch(), LARGE, seed, 150).incumbent().orElseThrow().search();
        }
        assertTrue(reinforce / 50 > random / 50 + 0.3, "REINFORCE " + reinforce / 50 + " vs RS " + random / 50);
    }

    @Test
    void unevaluableArchitecturesLeaveThePolicyUntouched() {
        List<String> keys = BaselineContractTest.queried(new Reinforce(), LARGE, 7, Goal.MAXIMIZE, a -> Double.NaN, 200);
        // Without updates, the samples are exactly those of a fresh, uniform policy on the same stream.
        CategoricalPolicy uniform = new CategoricalPolicy(LARGE.choiceCounts(), 0.01);
        RandomGenerator stream = new RandomStreams(7).stream("policy");
        List<String> expected = new ArrayList<>();
        while (expected.size() < 200) {
            Architecture a = LARGE.fromChoices(uniform.sample(stream));
            if (a != null) {
                expected.add(a.key());
            }
        }
        assertEquals(expected, keys);
    }

    @Test
    void drawsInvalidCombinationsAgainAndReportsTheValidRate() throws IOException {
        ToyChoiceSpace firstNotZero = new ToyChoiceSpace(4, 3, c -> c[0] != 0, true); // a third is invalid
        RunResult result = Runner.run(RunSpec.inMemory(firstNotZero,
                new Reinforce(), Landscape.oracle(Landscape::additive), Goal.MAXIMIZE, 3).withBudget(40),
                Runner.TraceListener.NONE);
        BaselineContractTest.keys(result).forEach(key -> assertTrue(key.charAt(0) != '0', key));
        double sumValidRate = 0;
        for (TraceRow row : result.trace()) {
            sumValidRate += row.step().validRate();
        }
        double meanValidRate = sumValidRate / result.trace().size();
        assertTrue(meanValidRate < 0.9 && meanValidRate > 0.4, "mean valid rate " + meanValidRate);
    }

    @Test
    void aConvergedPolicyEndsOnTheStallLimit() throws IOException {
        Reinforce patient = new Reinforce(new ReinforceConfig(0.01, 0.9, new RunLimits(1_000_000, 500)));
        RunResult result = BaselineContractTest.run(patient, LARGE, 1, 0);
        assertEquals(StopReason.COMPLETED, result.stopReason());
        assertTrue(result.uniqueArchitectures() < 5_000, "unique " + result.uniqueArchitectures());
        assertTrue(result.lookups() >= result.uniqueArchitectures() + 500);
    }

    @Test
    void letsABudgetExceptionThrough() {
        RecordingObjective objective = new RecordingObjective(Goal.MAXIMIZE, Landscape::additive, 5);
        assertThrows(BudgetExhaustedException.class,
                () -> new Reinforce().run(LARGE, objective, new RandomStreams(1), StepListener.NONE));
        assertEquals(5, objective.calls().size());
    }

    @Test
    void describesItself() {
        Reinforce reinforce = new Reinforce();
        assertEquals("reinforce", reinforce.name());
        assertEquals(List.of("learningRate", "baselineMomentum", "policyOptimizer", "maxEvaluations", "stallLimit"),
                List.copyOf(reinforce.configuration().keySet()));
        assertEquals(0.01, reinforce.configuration().get("learningRate"));
        assertEquals(0.9, reinforce.configuration().get("baselineMomentum"));
    }
}
