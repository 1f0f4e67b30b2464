package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers every evaluation by the architecture's canonical key, so each architecture reaches the
 * delegate at most once. Within a batch, repeats are collapsed: the delegate receives the unseen
 * architectures once each, in order of first occurrence, as a single batch. Results come back in
 * input order. Failed and unevaluable results are cached as well, so a failing architecture is not
 * re-queried (nor charged against a budget) again.
 *
 * <p>Thread-safe. Batches are serialized, so even concurrent callers never evaluate one
 * architecture twice; put parallelism below this layer (e.g. a {@link ParallelEvaluator}), where
 * it spreads one batch over threads. {@link #size()} and {@link #cached} do not block.
 */
public final class CachingEvaluator implements Evaluator {

    private final Evaluator delegate;
    private final Map<String, Evaluation> cache = new ConcurrentHashMap<>();
    private final Object batchLock = new Object();

    public CachingEvaluator(Evaluator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        synchronized (batchLock) {
            Map<String, Architecture> unseen = new LinkedHashMap<>();
            for (Architecture architecture : architectures) {
                String key = architecture.key();
                if (!cache.containsKey(key)) {
                    unseen.putIfAbsent(key, architecture);
                }
            }
            if (!unseen.isEmpty()) {
                List<Architecture> forwarded = new ArrayList<>(unseen.values());
                List<Evaluation> fresh = delegate.evaluate(forwarded);
                Batches.requireMatching(delegate, forwarded, fresh);
                for (Evaluation evaluation : fresh) {
                    cache.put(evaluation.key(), evaluation);
                }
            }
            List<Evaluation> results = new ArrayList<>(architectures.size());
            for (Architecture architecture : architectures) {
                results.add(cache.get(architecture.key()));
            }
            return Collections.unmodifiableList(results);
        }
    }

    /** Number of distinct architectures evaluated so far. */
    public int size() {
        return cache.size();
    }

    /** The cached evaluation of {@code architecture}, if it has been evaluated. */
    public Optional<Evaluation> cached(Architecture architecture) {
        return Optional.ofNullable(cache.get(architecture.key()));
    }
}
