package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.baseline.RandomSearch;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.StopReason;
import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.model.GaussianProcess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EdnagPredictorTest {

    private static final TableProblems P = TableProblems.nb201Cifar10();

    /** The shipped defaults with the fast Gaussian process, so a test run takes milliseconds. */
    private static EdnagPredictor withGp(long budget) {
        return new EdnagPredictor(SurrogateDefaults.ednagPredictor(P.space(), Nb201Dataset.CIFAR10.fitness(), budget)
                .withSurrogate(new GaussianProcess()));
    }

    @Test
    void spendsTheBudgetOnDistinctRealEvaluationsOnly() {
        RunResult r = P.run(withGp(50), 2, 50, 1);
        assertEquals(StopReason.COMPLETED, r.stopReason(), "the run ends itself as its budget is spent");
        assertEquals(50, r.uniqueArchitectures());
        Set<String> keys = new HashSet<>();
        for (Evaluation e : r.evaluations()) {
            assertTrue(keys.add(e.key()), "evaluated twice: " + e.key());
        }
    }

    @Test
    void defaultsAreSizedForTheBudget() {
        EdnagPredictorConfig c = SurrogateDefaults.ednagPredictor(P.space(), Nb201Dataset.CIFAR10.fitness(), 100);
        // 10 initial, then 5 per refit: 18 refits, each after 6 denoising steps.
        assertEquals(18 * 6 + 1, c.ednag().steps());
        assertEquals("path", c.encoding());
    }

    @Test
    void beatsRandomSearchOnAverage() {
        EdnagPredictor shipped = new EdnagPredictor(
                SurrogateDefaults.ednagPredictor(P.space(), Nb201Dataset.CIFAR10.fitness(), 50));
        double guided = 0;
        double random = 0;
        for (int seed = 1; seed <= 10; seed++) {
            guided += P.regret(P.run(shipped, seed, 50, 1));
            random += P.regret(P.run(new RandomSearch(), seed, 50, 1));
        }
        assertTrue(guided < random, "mean regret ednag-predictor " + guided / 10 + " vs random " + random / 10);
    }

    @Test
    void aRunIsAPureFunctionOfItsSeedWhateverTheThreads() {
        EdnagPredictor mlp = new EdnagPredictor(
                SurrogateDefaults.ednagPredictor(P.space(), Nb201Dataset.CIFAR10.fitness(), 25));
        assertEquals(P.run(mlp, 5, 25, 1).evaluations(), P.run(mlp, 5, 25, 4).evaluations());
    }

    @Test
    void failedEvaluationsAreCountedButNeverLearnedFrom() {
        // Every cell whose first edge is a 3×3 convolution fails: the run must go on and spend its budget.
        Evaluator failing = batch -> {
            List<Evaluation> out = new ArrayList<>();
            List<Architecture> ok = new ArrayList<>();
            for (Architecture a : batch) {
                if (!a.key().startsWith("|nor_conv_3x3~0|")) {
                    ok.add(a);
                }
            }
            List<Evaluation> good = P.oracle().evaluate(ok);
            int g = 0;
            for (Architecture a : batch) {
                out.add(a.key().startsWith("|nor_conv_3x3~0|") ? Evaluation.failed(a.key(), "synthetic failure")
                        : good.get(g++));
            }
            return out;
        };
        TableProblems broken = new TableProblems(P.space(), failing, Goal.MAXIMIZE, P.optimum());
        RunResult r = broken.run(withGp(40), 3, 40, 1);
        assertEquals(40, r.uniqueArchitectures());
        assertTrue(r.incumbent().isPresent());
    }
}
