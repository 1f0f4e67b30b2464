package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic test oracle: each key maps to fixed, full-precision metrics. Keys starting with
 * {@code fail} evaluate to FAILED, {@code none} to UNEVALUABLE, {@code throw} make the call throw.
 * Records every call; thread-safe.
 */
final class FakeOracle implements Evaluator {

    private final long sleepMillis;
    private final List<List<String>> batches = new ArrayList<>();

    FakeOracle() {
        this(0);
    }

    FakeOracle(long sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    static Evaluation expected(String key) {
        if (key.startsWith("fail")) {
            return Evaluation.failed(key, "diverged: \"" + key + "\"\n");
        }
        if (key.startsWith("none")) {
            return Evaluation.unevaluable(key, "not in table");
        }
        long h = mix(key.hashCode());
        double u = (h >>> 11) * 0x1.0p-53;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("params", (double) (h & 0xffff));
        metrics.put("cost", u * u / 3);
        metrics.put("tiny", u * 1e-300);
        return Evaluation.ok(key, 100 * u, Math.sqrt(u) * 97.3, metrics);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        List<String> keys = new ArrayList<>();
        for (Architecture architecture : architectures) {
            keys.add(architecture.key());
        }
        synchronized (batches) {
            batches.add(List.copyOf(keys));
        }
        List<Evaluation> results = new ArrayList<>();
        for (String key : keys) {
            if (key.startsWith("throw")) {
                throw new IllegalStateException("oracle crashed on " + key);
            }
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            results.add(expected(key));
        }
        return results;
    }

    /** Every batch received, in call order. */
    List<List<String>> batches() {
        synchronized (batches) {
            return List.copyOf(batches);
        }
    }

    /** Every key received, flattened in call order. */
    List<String> calls() {
        List<String> all = new ArrayList<>();
        for (List<String> batch : batches()) {
            all.addAll(batch);
        }
        return Collections.unmodifiableList(all);
    }

    static List<Evaluation> expectedFor(List<? extends Architecture> architectures) {
        List<Evaluation> list = new ArrayList<>();
        for (Architecture architecture : architectures) {
            list.add(expected(architecture.key()));
        }
        return list;
    }
}
