package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes a run resumable: architectures already in the {@link Journal} are answered from it without
 * calling the delegate ("resume = replay"); the others go to the delegate as one batch, and their
 * results are appended to the journal in input order before being returned. A kill therefore loses
 * at most the batch in flight.
 *
 * <p>Place it below a {@link CachingEvaluator}: repeats within this session are not looked up in
 * the journal's replay map (which holds what the file had when opened), so without a cache above
 * they would be evaluated and journaled again.
 *
 * <p>Thread-safe if the delegate is. A failure to append surfaces as {@link UncheckedIOException}.
 */
public final class JournalingEvaluator implements Evaluator {

    private final Evaluator delegate;
    private final Journal journal;
    private final AtomicLong replayHits = new AtomicLong();

    public JournalingEvaluator(Evaluator delegate, Journal journal) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        Evaluation[] results = new Evaluation[architectures.size()];
        List<Architecture> missing = new ArrayList<>();
        int[] positions = new int[architectures.size()];
        for (int i = 0; i < results.length; i++) {
            Architecture architecture = architectures.get(i);
            Optional<Evaluation> replayed = journal.replayed(architecture.key());
            if (replayed.isPresent()) {
                results[i] = replayed.get();
                replayHits.incrementAndGet();
            } else {
                positions[missing.size()] = i;
                missing.add(architecture);
            }
        }
        if (!missing.isEmpty()) {
            List<Evaluation> fresh = delegate.evaluate(missing);
            Batches.requireMatching(delegate, missing, fresh);
            try {
                journal.appendAll(fresh);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to journal " + journal.file(), e);
            }
            for (int j = 0; j < fresh.size(); j++) {
                results[positions[j]] = fresh.get(j);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(results));
    }

    /** Architectures answered from the journal instead of the delegate. */
    public long replayHits() {
        return replayHits.get();
    }
}
