package dev.ednag.bench;

import dev.ednag.neural.ImageTask;
import dev.ednag.neural.nb201.Nb201NetworkBuilder;
import dev.ednag.neural.proxy.MiniBatch;
import dev.ednag.neural.proxy.ProxyContext;
import dev.ednag.neural.proxy.ZeroCostProxies;
import dev.ednag.neural.proxy.ZeroCostProxy;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One zero-cost proxy score of an NB201 network (C = 16, N = 5) at CIFAR shape, building and
 * initialising the network included, as a search pays it. The cell is the mid-sized one below
 * (1.07 M parameters). Run with {@code -t 1} for the cost per architecture and {@code -t 2} for
 * the throughput of two parallel evaluations (ops/s summed over threads); each evaluation uses
 * one native thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true"})
public class ZeroCostProxyBenchmark {

    @Param({"synflow", "jacob_cov", "naswot", "grad_norm", "snip", "params"})
    public String proxy;

    private ZeroCostProxy scorer;
    private ProxyContext context;
    private Nb201Cell cell;
    private final AtomicLong seeds = new AtomicLong();

    @Setup
    public void setUp() {
        scorer = ZeroCostProxies.parse(proxy);
        ImageTask task = ImageTask.CIFAR10;
        context = new ProxyContext(Nb201NetworkBuilder.benchmark(), task, MiniBatch.gaussian(task, 64, 1));
        cell = Nb201Space.instance().parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_1x1~1|nor_conv_3x3~2|");
    }

    @Benchmark
    public double score() {
        return scorer.score(cell, context, seeds.incrementAndGet());
    }
}
