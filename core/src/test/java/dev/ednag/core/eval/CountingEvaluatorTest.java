package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountingEvaluatorTest {

    @Test
    void aboveTheCacheCountsLookupsBelowItUniqueEvaluations() {
        FakeOracle oracle = new FakeOracle();
        CountingEvaluator unique = new CountingEvaluator(oracle);
        CountingEvaluator lookups = new CountingEvaluator(new CachingEvaluator(unique));

        assertEquals(FakeOracle.expectedFor(TestArch.of("a", "b", "a")), lookups.evaluate(TestArch.of("a", "b", "a")));
        lookups.evaluate(TestArch.of("b", "c"));
        lookups.evaluate(TestArch.of("a"));

        assertEquals(6, lookups.architectures());
        assertEquals(3, lookups.batches());
        assertEquals(3, unique.architectures());
        assertEquals(2, unique.batches());
    }

    @Test
    void countsEmptyBatchesAndBatchesThatThrow() {
        CountingEvaluator counting = new CountingEvaluator(new FakeOracle());
        counting.evaluate(TestArch.of());
        try {
            counting.evaluate(TestArch.of("ok", "throw-1"));
        } catch (IllegalStateException expected) {
            // counted before delegating
        }
        assertEquals(2, counting.batches());
        assertEquals(2, counting.architectures());
    }
}
