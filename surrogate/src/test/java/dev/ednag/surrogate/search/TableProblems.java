package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.ProtocolMetrics;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.run.StopReason;
import dev.ednag.core.space.SearchSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Shipped tables as test problems: a space, a blackbox oracle and the report optimum. */
record TableProblems(SearchSpace space, Evaluator oracle, Goal goal, double optimum) {

    static final Nb201Benchmark NB201 = Nb201Benchmark.shipped();

    static TableProblems nb201Cifar10() {
        Nb201Dataset c10 = Nb201Dataset.CIFAR10;
        double optimum = NB201.optimum(NB201.defaultMetrics(c10.id(), Protocol.BLACKBOX).report()).value();
        return new TableProblems(NB201.space(), NB201.oracle(c10, Protocol.BLACKBOX), Goal.MAXIMIZE, optimum);
    }

    static TableProblems of(Benchmark bench, String dataset) {
        ProtocolMetrics m = bench.defaultMetrics(bench.dataset(dataset), Protocol.BLACKBOX);
        return new TableProblems(bench.space(), bench.oracle(bench.dataset(dataset), m.search(), m.report()),
                m.search().goal(), bench.optimum(m.report()).value());
    }

    /** One in-memory run under a unique-query budget with {@code threads} evaluator threads. */
    RunResult run(Optimizer optimizer, long seed, long budget, int threads) {
        try {
            return Runner.run(new RunSpec(space, optimizer, oracle, goal, seed, budget, null, null, Map.of(), threads),
                    Runner.TraceListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code result} spent exactly {@code budget} queries, each on a different architecture. */
    static void assertSpentOnDistinct(RunResult result, long budget) {
        assertEquals(StopReason.BUDGET, result.stopReason());
        assertEquals(budget, result.uniqueArchitectures());
        Set<String> keys = new HashSet<>();
        for (Evaluation e : result.evaluations()) {
            assertTrue(keys.add(e.key()), "evaluated twice: " + e.key());
        }
    }

    /** Optimum − the incumbent's report value. */
    double regret(RunResult result) {
        double report = result.incumbent().orElseThrow().report();
        return goal == Goal.MAXIMIZE ? optimum - report : report - optimum;
    }
}
