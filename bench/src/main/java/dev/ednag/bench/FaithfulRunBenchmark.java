package dev.ednag.bench;

import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.ednag.EdnagOptimizer;
import dev.ednag.core.ednag.EdnagVariant;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.ScaledStretch;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One complete faithful EDNAG run on NAS-Bench-201 cifar10 under the oracle protocol (99 denoising
 * iterations, P = 30, 8,910 look-ups), in a warm JVM, with the whole evaluator stack (cache,
 * counting, recording). Every invocation uses a new seed, so the cache starts empty each time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FaithfulRunBenchmark {

    private EdnagOptimizer ednag;
    private Evaluator oracle;
    private long seed;

    @Setup
    public void setUp() {
        Nb201Benchmark bench = Nb201Benchmark.shipped();
        oracle = bench.oracle(Nb201Dataset.CIFAR10, Protocol.ORACLE);
        ednag = new EdnagOptimizer(EdnagVariant.FAITHFUL.config(ScaledStretch.nb201Cifar10()), "faithful");
    }

    @Benchmark
    public RunResult faithfulRun() throws IOException {
        return Runner.run(RunSpec.inMemory(Nb201Space.instance(), ednag, oracle, Goal.MAXIMIZE, ++seed),
                Runner.TraceListener.NONE);
    }
}
