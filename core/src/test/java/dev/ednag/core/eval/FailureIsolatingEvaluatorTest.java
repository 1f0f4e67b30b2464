package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureIsolatingEvaluatorTest {

    @Test
    void passesAHealthyBatchThroughInOneCall() {
        FakeOracle oracle = new FakeOracle();
        FailureIsolatingEvaluator isolating = new FailureIsolatingEvaluator(oracle);
        List<TestArch> batch = TestArch.of("a", "fail-b", "none-c");
        assertEquals(FakeOracle.expectedFor(batch), isolating.evaluate(batch));
        assertEquals(1, oracle.batches().size());
    }

    @Test
    void oneThrowingArchitectureDoesNotSinkTheBatch() {
        FakeOracle oracle = new FakeOracle();
        FailureIsolatingEvaluator isolating = new FailureIsolatingEvaluator(oracle);
        List<Evaluation> results = isolating.evaluate(TestArch.of("a", "throw-b", "c"));

        assertEquals(FakeOracle.expected("a"), results.get(0));
        assertEquals(Evaluation.failed("throw-b", "IllegalStateException: oracle crashed on throw-b"), results.get(1));
        assertEquals(FakeOracle.expected("c"), results.get(2));
        assertEquals(List.of(List.of("a", "throw-b", "c"), List.of("a"), List.of("throw-b"), List.of("c")),
                oracle.batches());
    }

    @Test
    void singleArchitectureFailureIsNotRetried() {
        FakeOracle oracle = new FakeOracle();
        List<Evaluation> results = new FailureIsolatingEvaluator(oracle).evaluate(TestArch.of("throw-x"));
        assertEquals(EvaluationStatus.FAILED, results.get(0).status());
        assertEquals(1, oracle.batches().size());
    }

    @Test
    void nonFiniteSearchValuesBecomeFailures() {
        Evaluator nonFinite = architectures -> {
            List<Evaluation> out = new ArrayList<>();
            for (var a : architectures) {
                double search = switch (a.key()) {
                    case "nan" -> Double.NaN;
                    case "inf" -> Double.POSITIVE_INFINITY;
                    case "-inf" -> Double.NEGATIVE_INFINITY;
                    default -> 1.5;
                };
                out.add(Evaluation.ok(a.key(), search, 2.0, Map.of()));
            }
            return out;
        };
        List<Evaluation> results = new FailureIsolatingEvaluator(nonFinite).evaluate(TestArch.of("nan", "ok", "inf", "-inf"));
        assertEquals(Evaluation.failed("nan", "non-finite search value NaN"), results.get(0));
        assertEquals(Evaluation.ok("ok", 1.5, 2.0, Map.of()), results.get(1));
        assertEquals(EvaluationStatus.FAILED, results.get(2).status());
        assertEquals(EvaluationStatus.FAILED, results.get(3).status());
    }

    @Test
    void contractViolationsAreIsolatedToo() {
        Evaluator dropsOne = architectures -> FakeOracle.expectedFor(architectures.subList(0, architectures.size() - 1));
        List<Evaluation> results = new FailureIsolatingEvaluator(dropsOne).evaluate(TestArch.of("a", "b"));
        assertEquals(EvaluationStatus.FAILED, results.get(0).status());
        assertEquals(EvaluationStatus.FAILED, results.get(1).status());
    }

    @Test
    void budgetExhaustionPropagates() {
        BudgetExhaustedException exhausted = new BudgetExhaustedException(3);
        Evaluator budgetGone = architectures -> {
            throw exhausted;
        };
        FailureIsolatingEvaluator isolating = new FailureIsolatingEvaluator(budgetGone);
        assertSame(exhausted, assertThrows(BudgetExhaustedException.class, () -> isolating.evaluate(TestArch.of("a", "b"))));
        assertSame(exhausted, assertThrows(BudgetExhaustedException.class, () -> isolating.evaluate(TestArch.of("a"))));
    }

    @Test
    void budgetExhaustionDuringTheRetryPropagates() {
        FailureIsolatingEvaluator isolating = new FailureIsolatingEvaluator(
                new BudgetedEvaluator(new FakeOracle(), 4));
        // 3 charged by the failed batch, then the budget runs out while retrying one by one.
        assertThrows(BudgetExhaustedException.class, () -> isolating.evaluate(TestArch.of("a", "throw-b", "c")));
    }

    @Test
    void errorsPropagate() {
        Evaluator outOfMemory = architectures -> {
            throw new OutOfMemoryError("simulated");
        };
        assertThrows(OutOfMemoryError.class,
                () -> new FailureIsolatingEvaluator(outOfMemory).evaluate(TestArch.of("a", "b")));
    }
}
