package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.List;

/** Checks the {@link Evaluator} contract at the points where decorators index results by position. */
final class Batches {

    private Batches() {
    }

    /**
     * Requires one non-null evaluation per architecture, in order, each carrying its architecture's
     * key; a violation is a bug in {@code delegate}, reported with the position at fault.
     *
     * @throws IllegalStateException on any mismatch
     */
    static void requireMatching(Evaluator delegate, List<? extends Architecture> architectures, List<Evaluation> results) {
        String who = delegate.getClass().getName();
        if (results == null) {
            throw new IllegalStateException(who + " returned null for " + architectures.size() + " architectures");
        }
        if (results.size() != architectures.size()) {
            throw new IllegalStateException(who + " returned " + results.size() + " evaluations for "
                    + architectures.size() + " architectures");
        }
        for (int i = 0; i < results.size(); i++) {
            Evaluation evaluation = results.get(i);
            String expected = architectures.get(i).key();
            if (evaluation == null) {
                throw new IllegalStateException(who + " returned null at position " + i + " for '" + expected + "'");
            }
            if (!evaluation.key().equals(expected)) {
                throw new IllegalStateException(who + " returned the evaluation of '" + evaluation.key()
                        + "' at position " + i + " where '" + expected + "' was expected");
            }
        }
    }
}
