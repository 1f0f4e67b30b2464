package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelEvaluatorTest {

    /** Sleeps a random 0–4 ms per call so completion order scrambles; tracks concurrency. */
    private static final class JitteryOracle implements Evaluator {
        final FakeOracle oracle = new FakeOracle();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final Set<String> threadNames = ConcurrentHashMap.newKeySet();

        @Override
        public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
            int now = running.incrementAndGet();
            maxRunning.accumulateAndGet(now, Math::max);
            threadNames.add(Thread.currentThread().getName());
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                return oracle.evaluate(architectures);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static List<TestArch> architectures(int n) {
        List<TestArch> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new TestArch("arch-" + i));
        }
        return list;
    }

    @Test
    void fourThreadsReturnResultsInInputOrder() {
        JitteryOracle jittery = new JitteryOracle();
        List<TestArch> batch = architectures(80);
        try (ParallelEvaluator parallel = new ParallelEvaluator(jittery, 4)) {
            for (int round = 0; round < 3; round++) {
                assertEquals(FakeOracle.expectedFor(batch), parallel.evaluate(batch));
            }
        }
        assertTrue(jittery.maxRunning.get() > 1, "expected concurrent calls, max was " + jittery.maxRunning.get());
        assertTrue(jittery.maxRunning.get() <= 4);
        assertTrue(jittery.oracle.batches().stream().allMatch(b -> b.size() == 1));
        assertTrue(jittery.threadNames.stream().allMatch(name -> name.startsWith("ednag-eval-")), jittery.threadNames.toString());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        List<TestArch> batch = architectures(40);
        List<Evaluation> reference;
        try (ParallelEvaluator one = new ParallelEvaluator(new JitteryOracle(), 1)) {
            reference = one.evaluate(batch);
        }
        try (ParallelEvaluator three = new ParallelEvaluator(new JitteryOracle(), 3)) {
            assertEquals(reference, three.evaluate(batch));
        }
    }

    @Test
    void oneThreadPassesTheWholeBatchToTheDelegate() {
        FakeOracle oracle = new FakeOracle();
        try (ParallelEvaluator parallel = new ParallelEvaluator(oracle, 1)) {
            parallel.evaluate(TestArch.of("a", "b", "c"));
            assertEquals(1, parallel.threads());
        }
        assertEquals(List.of(List.of("a", "b", "c")), oracle.batches());
    }

    @Test
    void workerThreadsAreDaemons() {
        AtomicInteger daemons = new AtomicInteger();
        Evaluator probe = architectures -> {
            if (Thread.currentThread().isDaemon()) {
                daemons.incrementAndGet();
            }
            return FakeOracle.expectedFor(architectures);
        };
        try (ParallelEvaluator parallel = new ParallelEvaluator(probe, 2)) {
            parallel.evaluate(TestArch.of("a", "b", "c", "d"));
        }
        assertEquals(4, daemons.get());
    }

    @Test
    void rethrowsTheFailureUnchangedAfterOutstandingCallsFinish() {
        BudgetExhaustedException exhausted = new BudgetExhaustedException(7);
        AtomicInteger running = new AtomicInteger();
        Evaluator failsOnOne = architectures -> {
            running.incrementAndGet();
            try {
                Thread.sleep(2);
                if (architectures.get(0).key().equals("arch-5")) {
                    throw exhausted;
                }
                return FakeOracle.expectedFor(architectures);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        };
        try (ParallelEvaluator parallel = new ParallelEvaluator(failsOnOne, 4)) {
            BudgetExhaustedException thrown = assertThrows(BudgetExhaustedException.class,
                    () -> parallel.evaluate(architectures(50)));
            assertSame(exhausted, thrown);
            assertEquals(0, running.get(), "no call may still be running after evaluate returns");
        }
    }

    @Test
    void closedEvaluatorRefusesWork() {
        ParallelEvaluator parallel = new ParallelEvaluator(new FakeOracle(), 2);
        parallel.close();
        assertThrows(IllegalStateException.class, () -> parallel.evaluate(TestArch.of("a", "b")));
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelEvaluator(new FakeOracle(), 0));
    }
}
