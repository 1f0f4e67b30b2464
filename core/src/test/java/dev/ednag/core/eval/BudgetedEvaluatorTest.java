package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetedEvaluatorTest {

    private final FakeOracle oracle = new FakeOracle();

    @Test
    void forwardsBatchesThatFit() {
        BudgetedEvaluator budgeted = new BudgetedEvaluator(oracle, 5);
        assertEquals(FakeOracle.expectedFor(TestArch.of("a", "b")), budgeted.evaluate(TestArch.of("a", "b")));
        budgeted.evaluate(TestArch.of("c", "d", "e"));
        assertEquals(5, budgeted.used());
        assertEquals(0, budgeted.remaining());
        assertEquals(5, budgeted.budget());
        assertEquals(List.of(), budgeted.evaluate(List.of()));
    }

    @Test
    void overflowingBatchForwardsTheAffordablePrefixThenThrows() {
        RecordingEvaluator recorder = new RecordingEvaluator(oracle);
        BudgetedEvaluator budgeted = new BudgetedEvaluator(recorder, 5);
        budgeted.evaluate(TestArch.of("a", "b", "c"));

        BudgetExhaustedException e = assertThrows(BudgetExhaustedException.class,
                () -> budgeted.evaluate(TestArch.of("d", "e", "f", "g")));

        assertEquals(5, e.budget());
        assertTrue(e.getMessage().contains("5"), e.getMessage());
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e")), oracle.batches());
        assertEquals(FakeOracle.expectedFor(TestArch.of("a", "b", "c", "d", "e")), recorder.records());
        assertEquals(5, budgeted.used());
        assertEquals(0, budgeted.remaining());
    }

    @Test
    void exhaustedBudgetThrowsBeforeCallingTheDelegate() {
        BudgetedEvaluator budgeted = new BudgetedEvaluator(oracle, 2);
        budgeted.evaluate(TestArch.of("a", "b"));
        assertThrows(BudgetExhaustedException.class, () -> budgeted.evaluate(TestArch.of("c")));
        assertEquals(1, oracle.batches().size());

        BudgetedEvaluator zero = new BudgetedEvaluator(oracle, 0);
        assertEquals(List.of(), zero.evaluate(List.of()));
        assertThrows(BudgetExhaustedException.class, () -> zero.evaluate(TestArch.of("x")));
        assertEquals(1, oracle.batches().size());
    }

    @Test
    void belowTheCacheItChargesUniqueArchitecturesOnly() {
        BudgetedEvaluator budgeted = new BudgetedEvaluator(oracle, 3);
        CachingEvaluator cache = new CachingEvaluator(budgeted);
        cache.evaluate(TestArch.of("a", "a", "b", "a"));
        cache.evaluate(TestArch.of("b", "a", "c", "c"));
        assertEquals(3, budgeted.used());
        assertThrows(BudgetExhaustedException.class, () -> cache.evaluate(TestArch.of("a", "d")));
        assertEquals(List.of("a", "b", "c"), oracle.calls());
    }

    @Test
    void rejectsNegativeBudget() {
        assertThrows(IllegalArgumentException.class, () -> new BudgetedEvaluator(oracle, -1));
    }
}
