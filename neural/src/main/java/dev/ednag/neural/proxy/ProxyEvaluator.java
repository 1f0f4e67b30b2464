package dev.ednag.neural.proxy;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A zero-cost proxy as an {@link Evaluator}: the search value is the proxy's score on its search
 * scale (log10 for synflow), the raw score is a metric, and the report
 * value comes from a separate look-up (a benchmark table's test accuracy, say) that the proxy never
 * sees, or is NaN. Each architecture's weights are drawn from a seed mixed from the run's seed and
 * its key, so its score does not depend on the batch, the order or the thread. Thread-safe.
 */
public final class ProxyEvaluator implements Evaluator {

    /** The metric holding the proxy's raw score. */
    public static final String RAW = "proxy_raw";

    private final ZeroCostProxy proxy;
    private final ProxyContext context;
    private final long seed;
    private final ToDoubleFunction<Architecture> report;

    /**
     * @param report the report value of an architecture, NaN when unknown; never shown to the proxy
     */
    public ProxyEvaluator(ZeroCostProxy proxy, ProxyContext context, long seed, ToDoubleFunction<Architecture> report) {
        if (proxy.needsData()) {
            context.requireBatch(proxy.name());
        }
        this.proxy = proxy;
        this.context = context;
        this.seed = seed;
        this.report = report;
    }

    /** An evaluator with nothing to report. */
    public ProxyEvaluator(ZeroCostProxy proxy, ProxyContext context, long seed) {
        this(proxy, context, seed, a -> Double.NaN);
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        List<Evaluation> out = new ArrayList<>(architectures.size());
        for (Architecture a : architectures) {
            out.add(evaluate(a));
        }
        return out;
    }

    private Evaluation evaluate(Architecture architecture) {
        String key = architecture.key();
        double raw;
        try {
            raw = proxy.score(architecture, context, weightSeed(seed, key));
        } catch (RuntimeException e) {
            return Evaluation.failed(key, proxy.name() + " failed: " + e.getMessage());
        }
        double search = proxy.searchValue(raw);
        if (!Double.isFinite(search)) {
            return Evaluation.unevaluable(key, proxy.name() + " is undefined for this network (raw score " + raw + ")");
        }
        return Evaluation.ok(key, search, report.applyAsDouble(architecture), Map.of(RAW, raw));
    }

    /** The seed of one architecture's initial weights: the run's seed and the key, mixed (SplitMix64's finaliser). */
    public static long weightSeed(long seed, String key) {
        long z = seed * 0x9E3779B97F4A7C15L + key.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
