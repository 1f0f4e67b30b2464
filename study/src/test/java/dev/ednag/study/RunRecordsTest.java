package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.StopReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunRecordsTest {

    private static RunContext context(Goal goal, double optimum) {
        return new RunContext("toy", "toy", "d", "blackbox", "valid", "test", goal, goal, optimum, List.of("z"),
                List.of(), "x", Map.of(), 1, 5, List.of(), Map.of());
    }

    private static RunResult result(Goal goal, Evaluation... evaluations) {
        return new RunResult(1, goal, List.of(evaluations), List.of(), null, StopReason.BUDGET, 9, 0, 3);
    }

    @Test
    void incumbentIsTheBestSearchValueAndItsReportIsWhatCounts() {
        RunResult r = result(Goal.MAXIMIZE,
                Evaluation.ok("a", 80, 90, Map.of()),
                Evaluation.failed("b", "boom"),
                Evaluation.ok("c", 85, 89, Map.of()),   // better search, worse report: still the incumbent
                Evaluation.ok("d", 85, 95, Map.of()),   // a tie in search keeps the first
                Evaluation.ok("e", 86, 95, Map.of()));
        RunRecord rec = RunRecords.of(new RunKey("x", "d", 5, 1), context(Goal.MAXIMIZE, 95), r);
        assertEquals(List.of(new AnytimePoint(1, 90), new AnytimePoint(3, 89), new AnytimePoint(5, 95)), rec.anytime());
        assertEquals(86, rec.resultSearch());
        assertEquals(95, rec.resultReport());
        assertEquals(0.0, rec.regret());
        assertTrue(rec.hit());
        assertEquals(5L, rec.queriesToOptimum());
        assertEquals(5, rec.uniqueQueries());
        assertEquals(89, rec.reportAt(4));
        assertTrue(Double.isNaN(rec.reportAt(0)));
    }

    @Test
    void minimisedMetricsHaveRegretAboveTheMinimum() {
        RunResult r = result(Goal.MINIMIZE, Evaluation.ok("a", 3, 4, Map.of()), Evaluation.ok("b", 2, 6, Map.of()));
        RunRecord rec = RunRecords.of(new RunKey("x", "d", 5, 1), context(Goal.MINIMIZE, 1), r);
        assertEquals(6, rec.resultReport());
        assertEquals(5, rec.regret());
        assertFalse(rec.hit());
        assertNull(rec.queriesToOptimum());
    }

    @Test
    void aRunThatFoundNothingHasNoResult() {
        RunRecord rec = RunRecords.of(new RunKey("x", "d", 5, 1), context(Goal.MAXIMIZE, 95),
                result(Goal.MAXIMIZE, Evaluation.unevaluable("a", "missing")));
        assertTrue(Double.isNaN(rec.resultReport()));
        assertTrue(Double.isNaN(rec.regret()));
        assertFalse(rec.hit());
        assertTrue(rec.anytime().isEmpty());
    }

    @Test
    void codecRoundTripsEveryField() {
        RunRecord rec = new RunRecord("rea", "cifar100", 150, 7, "oracle", 70.1, Double.NaN, 73.5, Double.NaN, false,
                150, null, 12, List.of(new AnytimePoint(1, 60.5), new AnytimePoint(9, Double.NaN)));
        RunRecord back = RunRecordCodec.fromMap(RunRecordCodec.toMap(rec));
        assertEquals(rec.toString(), back.toString());
    }
}
