package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates the architectures of a batch concurrently: each becomes a single-architecture call to
 * the delegate on a fixed pool of daemon threads (daemon, so a forgotten {@link #close()} never
 * keeps the JVM alive). Results come back in input order, so they do not depend on the thread
 * count as long as the delegate's result for an architecture does not depend on its batch. With
 * one thread the delegate is called directly with the whole batch and no pool is created.
 *
 * <p>If any call throws, the calls not yet started are skipped, the running ones are awaited
 * (so nothing reaches the delegate after this method returns), and the failure of the
 * lowest-positioned architecture is rethrown unchanged (a {@link BudgetExhaustedException} keeps its
 * type). Wrap the delegate in a {@link FailureIsolatingEvaluator} to turn failures into results.
 *
 * <p>Thread-safe; the delegate must be thread-safe too. Concurrent batches share the pool.
 */
public final class ParallelEvaluator implements Evaluator, AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Evaluator delegate;
    private final int threads;
    private final ExecutorService pool; // null when threads == 1
    private volatile boolean closed;

    /** @param threads number of worker threads, at least 1 */
    public ParallelEvaluator(Evaluator delegate, int threads) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        if (closed) {
            throw new IllegalStateException("ParallelEvaluator is closed");
        }
        if (pool == null || architectures.size() <= 1) {
            return delegate.evaluate(architectures);
        }
        // Set on the first failure so that calls not yet started skip the delegate.
        AtomicBoolean abandoned = new AtomicBoolean();
        List<Future<Evaluation>> futures = new ArrayList<>(architectures.size());
        for (Architecture architecture : architectures) {
            futures.add(pool.submit(() -> abandoned.get() ? null : evaluateOne(architecture)));
        }
        List<Evaluation> results = new ArrayList<>(architectures.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.add(futures.get(i).get());
            } catch (ExecutionException e) {
                abandoned.set(true);
                awaitAll(futures);
                throw rethrowable(e.getCause());
            } catch (InterruptedException e) {
                // Interruption means "stop now": cancel and do not wait for running calls.
                Thread.currentThread().interrupt();
                abandoned.set(true);
                for (Future<Evaluation> future : futures) {
                    future.cancel(true);
                }
                throw new IllegalStateException("interrupted while waiting for evaluations", e);
            }
        }
        return Collections.unmodifiableList(results);
    }

    private Evaluation evaluateOne(Architecture architecture) {
        List<Architecture> single = List.of(architecture);
        List<Evaluation> result = delegate.evaluate(single);
        Batches.requireMatching(delegate, single, result);
        return result.get(0);
    }

    /** Waits for every call to finish; cancelling instead would not wait for running calls. */
    private static void awaitAll(List<Future<Evaluation>> futures) {
        boolean interrupted = false;
        for (Future<Evaluation> future : futures) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (ExecutionException ignored) {
                    break; // only the first failure is reported
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("evaluation failed", cause);
    }

    /** The number of worker threads this evaluator was built with. */
    public int threads() {
        return threads;
    }

    /** Stops the worker threads once running evaluations finish; later calls to evaluate throw. */
    @Override
    public void close() {
        closed = true;
        if (pool != null) {
            pool.shutdown();
        }
    }

    private static ThreadFactory daemonThreads() {
        int poolNumber = POOLS.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ednag-eval-" + poolNumber + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
