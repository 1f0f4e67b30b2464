package dev.ednag.core.run;

import dev.ednag.core.eval.BudgetExhaustedException;
import dev.ednag.core.eval.BudgetedEvaluator;
import dev.ednag.core.eval.CachingEvaluator;
import dev.ednag.core.eval.CountingEvaluator;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.FailureIsolatingEvaluator;
import dev.ednag.core.eval.Journal;
import dev.ednag.core.eval.JournalingEvaluator;
import dev.ednag.core.eval.ParallelEvaluator;
import dev.ednag.core.eval.RecordingEvaluator;
import dev.ednag.core.eval.SearchObjective;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one optimizer on one oracle. Builds the evaluator stack (top to bottom):
 * look-up counter → cache → budget → recorder → parallel → journal → failure isolation → oracle.
 * The journal sits below the parallel layer so that each evaluation is appended as soon as it
 * completes; re-running with the same journal replays it and continues where it stopped.
 */
public final class Runner {

    private Runner() {}

    /** Runs {@code spec}; {@code progress} sees every trace row as it is produced. */
    public static RunResult run(RunSpec spec, TraceListener progress) throws IOException {
        long start = System.nanoTime();
        Evaluator isolated = new FailureIsolatingEvaluator(spec.oracle());
        Journal journal = spec.journal() == null ? null
                : Journal.open(spec.journal(), spec.fingerprint(), spec.journalHeader());
        JournalingEvaluator journaling = journal == null ? null : new JournalingEvaluator(isolated, journal);
        try (journal; ParallelEvaluator parallel =
                new ParallelEvaluator(journaling == null ? isolated : journaling, spec.threads())) {
            RecordingEvaluator recorder = new RecordingEvaluator(parallel);
            Evaluator budgeted = spec.budget() > 0 ? new BudgetedEvaluator(recorder, spec.budget()) : recorder;
            CountingEvaluator lookups = new CountingEvaluator(new CachingEvaluator(budgeted));
            SearchObjective objective = new SearchObjective(lookups, spec.searchGoal());

            List<TraceRow> trace = new ArrayList<>();
            IncumbentTracker incumbent = new IncumbentTracker(spec.searchGoal());
            StepListener listener = step -> {
                double best = incumbent.update(recorder);
                TraceRow row = new TraceRow(step, recorder.size(), lookups.architectures(), best);
                trace.add(row);
                progress.onRow(row);
            };
            OptimizerOutcome outcome = null;
            StopReason reason;
            try {
                outcome = spec.optimizer().run(spec.space(), objective, new RandomStreams(spec.seed()), listener);
                reason = StopReason.COMPLETED;
            } catch (BudgetExhaustedException exhausted) {
                reason = StopReason.BUDGET;
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            long replayed = journaling == null ? 0 : journaling.replayHits();
            return new RunResult(spec.seed(), spec.searchGoal(), recorder.records(), trace, outcome, reason,
                    lookups.architectures(), replayed, wall);
        }
    }

    /** Receives trace rows as a run produces them (e.g. to draw a progress bar). */
    @FunctionalInterface
    public interface TraceListener {
        TraceListener NONE = row -> {};

        void onRow(TraceRow row);
    }
}
