package dev.ednag.study;

import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a study's plan in parallel over runs, one thread per run. Each run is a pure function of
 * its configuration and seed, so the records do not depend on the thread count or on the order
 * in which runs finish; they come back in plan order. Runs already in the log are not run again.
 */
public final class StudyRunner {

    private final Map<String, Problem> problems;
    private final int threads;

    /** Receives one call per run, finished or found in the log, on the caller's thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, record) -> {};

        void onRun(int done, int total, RunRecord record);
    }

    /**
     * @param problems the problem of each dataset of the plan
     * @param threads  runs executed at once
     */
    public StudyRunner(Map<String, Problem> problems, int threads) {
        this.problems = Map.copyOf(problems);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** One run, prepared: its key, context, identity hash and optimizer. */
    public record Prepared(RunKey key, RunContext context, String id, Optimizer optimizer, Problem problem) {}

    /** Prepares every run of {@code plan} (creating its optimizer), failing early on a bad name. */
    public List<Prepared> prepare(StudyPlan plan) {
        List<Prepared> out = new ArrayList<>();
        for (RunKey key : plan.runs()) {
            Problem problem = Objects.requireNonNull(problems.get(key.dataset()), () -> "no problem for " + key.dataset());
            Optimizer optimizer = StudyOptimizers.create(key.optimizer(), problem, key.budget());
            RunContext ctx = problem.context(key.optimizer(), optimizer.configuration(), key.seed(), key.budget());
            out.add(new Prepared(key, ctx, RunIdentity.hash(RunIdentity.of(ctx)), optimizer, problem));
        }
        return out;
    }

    /**
     * Runs every prepared run missing from {@code log}, appending each as it finishes.
     *
     * @return the records of all runs, in plan order
     * @throws IOException when the log cannot be written; finished runs stay in it
     */
    public List<RunRecord> run(List<Prepared> runs, StudyLog log, Progress progress) throws IOException {
        Map<String, RunRecord> finished = log.finished();
        List<Prepared> todo = new ArrayList<>();
        int done = 0;
        for (Prepared p : runs) {
            RunRecord existing = finished.get(p.id());
            if (existing == null) {
                todo.add(p);
            } else {
                progress.onRun(++done, runs.size(), existing);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ednag-study");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<RunRecord> completion = new ExecutorCompletionService<>(pool);
            for (Prepared p : todo) {
                completion.submit(() -> execute(p, log));
            }
            for (int i = 0; i < todo.size(); i++) {
                RunRecord record = take(completion);
                progress.onRun(++done, runs.size(), record);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, RunRecord> all = log.finished();
        List<RunRecord> out = new ArrayList<>(runs.size());
        for (Prepared p : runs) {
            out.add(all.get(p.id()));
        }
        return out;
    }

    private static RunRecord execute(Prepared p, StudyLog log) throws IOException {
        Problem problem = p.problem();
        RunSpec spec = new RunSpec(problem.space(), p.optimizer(), problem.oracle(), problem.search().goal(),
                p.key().seed(), p.key().budget(), null, null, Map.of(), 1);
        RunResult result = Runner.run(spec, Runner.TraceListener.NONE);
        RunRecord record = RunRecords.of(p.key(), p.context(), result);
        log.append(p.id(), record);
        return record;
    }

    private static RunRecord take(ExecutorCompletionService<RunRecord> completion) throws IOException {
        try {
            return completion.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("study interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
