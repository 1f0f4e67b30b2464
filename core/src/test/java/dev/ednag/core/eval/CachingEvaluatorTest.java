package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingEvaluatorTest {

    private final FakeOracle oracle = new FakeOracle();
    private final CachingEvaluator cache = new CachingEvaluator(oracle);

    @Test
    void deduplicatesWithinABatchInFirstOccurrenceOrderAndAnswersInInputOrder() {
        List<TestArch> batch = TestArch.of("b", "a", "b", "c", "a", "b");
        List<Evaluation> results = cache.evaluate(batch);
        assertEquals(List.of(List.of("b", "a", "c")), oracle.batches());
        assertEquals(FakeOracle.expectedFor(batch), results);
        assertEquals(3, cache.size());
    }

    @Test
    void forwardsOnlyUnseenArchitecturesAsOneBatch() {
        cache.evaluate(TestArch.of("a", "b"));
        List<TestArch> second = TestArch.of("c", "a", "d", "b", "c");
        assertEquals(FakeOracle.expectedFor(second), cache.evaluate(second));
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), oracle.batches());
    }

    @Test
    void fullyCachedBatchDoesNotCallTheDelegate() {
        cache.evaluate(TestArch.of("a", "b"));
        cache.evaluate(TestArch.of("b", "a", "a"));
        cache.evaluate(List.of());
        assertEquals(1, oracle.batches().size());
    }

    @Test
    void cachesFailuresSoTheyAreNotRequeried() {
        cache.evaluate(TestArch.of("fail-1", "none-1"));
        List<Evaluation> again = cache.evaluate(TestArch.of("fail-1", "none-1"));
        assertEquals(EvaluationStatus.FAILED, again.get(0).status());
        assertEquals(EvaluationStatus.UNEVALUABLE, again.get(1).status());
        assertEquals(1, oracle.batches().size());
    }

    @Test
    void exposesCachedEvaluations() {
        cache.evaluate(TestArch.of("a"));
        assertEquals(Optional.of(FakeOracle.expected("a")), cache.cached(new TestArch("a")));
        assertEquals(Optional.empty(), cache.cached(new TestArch("z")));
    }

    @Test
    void rejectsDelegateThatBreaksTheContract() {
        CachingEvaluator broken = new CachingEvaluator(architectures -> List.of(FakeOracle.expected("x")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken.evaluate(TestArch.of("a", "b")));
        assertTrue(e.getMessage().contains("1 evaluations for 2 architectures"), e.getMessage());
        CachingEvaluator swapped = new CachingEvaluator(architectures -> List.of(FakeOracle.expected("x")));
        e = assertThrows(IllegalStateException.class, () -> swapped.evaluate(TestArch.of("a")));
        assertTrue(e.getMessage().contains("'x' at position 0 where 'a' was expected"), e.getMessage());
        assertEquals(0, swapped.size());
    }
}
