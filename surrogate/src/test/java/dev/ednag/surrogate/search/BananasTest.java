package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.samples.Nb101Sample;
import dev.ednag.benchmarks.tnb101.Tnb101Benchmark;
import dev.ednag.core.baseline.RandomSearch;
import dev.ednag.core.baseline.RunLimits;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.StopReason;
import dev.ednag.surrogate.model.GaussianProcess;
import org.junit.jupiter.api.Test;

class BananasTest {

    /** BANANAS' loop with the fast Gaussian process, so a test run takes milliseconds. */
    private static Bananas withGp(String encoding) {
        return new Bananas(new BananasConfig(10, 100, 10, 2, 2, encoding, new GaussianProcess(), RunLimits.defaults()));
    }

    @Test
    void spendsExactlyTheBudgetOnDistinctArchitectures() {
        TableProblems p = TableProblems.nb201Cifar10();
        TableProblems.assertSpentOnDistinct(p.run(withGp("path"), 3, 45, 1), 45);
    }

    @Test
    void beatsRandomSearchOnAverage() {
        TableProblems p = TableProblems.nb201Cifar10();
        double bananas = 0;
        double random = 0;
        for (int seed = 1; seed <= 10; seed++) {
            bananas += p.regret(p.run(withGp("path"), seed, 60, 1));
            random += p.regret(p.run(new RandomSearch(), seed, 60, 1));
        }
        assertTrue(bananas < random, "mean regret bananas " + bananas / 10 + " vs random " + random / 10);
    }

    @Test
    void aRunIsAPureFunctionOfItsSeedWhateverTheThreads() {
        TableProblems p = TableProblems.nb201Cifar10();
        Bananas mlp = new Bananas(BananasConfig.defaults());
        RunResult one = p.run(mlp, 7, 30, 1);
        RunResult four = p.run(mlp, 7, 30, 4);
        assertEquals(one.evaluations(), four.evaluations());
        RunResult other = p.run(mlp, 8, 30, 1);
        assertTrue(!other.evaluations().equals(one.evaluations()), "another seed searches differently");
    }

    @Test
    void searchesSampledAndMacroSpacesToo() {
        TableProblems sample = TableProblems.of(Nb101Sample.load(), "cifar10");
        assertEquals(40, sample.run(withGp("path"), 1, 40, 1).uniqueArchitectures());
        TableProblems macro = TableProblems.of(Tnb101Benchmark.macro(), "jigsaw");
        assertEquals(40, macro.run(withGp("onehot"), 1, 40, 1).uniqueArchitectures());
    }

    @Test
    void endsWhenTheWholeSpaceIsEvaluated() {
        TableProblems sample = TableProblems.of(Nb101Sample.load(), "cifar10");
        RunResult r = sample.run(withGp("onehot"), 2, 0, 1);
        assertEquals(StopReason.COMPLETED, r.stopReason());
        assertEquals(sample.space().size(), r.uniqueArchitectures());
    }

    @Test
    void refusesAnEncodingTheSpaceDoesNotHave() {
        TableProblems macro = TableProblems.of(Tnb101Benchmark.macro(), "jigsaw");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> macro.run(withGp("path"), 1, 20, 1));
        assertTrue(e.getMessage().contains("tnb101-macro"), e.getMessage());
    }
}
