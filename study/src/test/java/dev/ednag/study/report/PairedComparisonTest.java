package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ednag.core.eval.Goal;
import dev.ednag.study.RunRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

    @Test
    void pairsBySeedAndIgnoresUnmatchedSeeds() {
        List<RunRecord> a = new ArrayList<>();
        List<RunRecord> b = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            a.add(Runs.run("a", "cifar10", 50, seed, 94.0, 1));
            b.add(Runs.run("b", "cifar10", 50, seed + 1, 93.0, 1)); // seeds 2..7: five in common
        }
        PairedComparison c = PairedComparison.of("a", a, "b", b);
        assertEquals(5, c.pairs());
        assertEquals(-1.0, c.meanRegretDifference(), 1e-9);
        // Five equal negative differences: ranks all 3, W− = 15, p = 2/32.
        assertEquals(15.0, c.test().wMinus(), 0);
        assertEquals("no significant difference (p = 0.062)", c.verdict());
    }

    @Test
    void verdictNamesTheDirection() {
        List<RunRecord> a = new ArrayList<>();
        List<RunRecord> b = new ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            a.add(Runs.run("a", "cifar10", 50, seed, 93.0 - seed / 100.0, 1));
            b.add(Runs.run("b", "cifar10", 50, seed, 94.0, 1));
        }
        // a's regret is higher on all 8 seeds: p = 2/256 = 0.0078.
        assertEquals("a higher regret, p = 0.0078", PairedComparison.of("a", a, "b", b).verdict());
        assertEquals("b lower regret, p = 0.0078", PairedComparison.of("b", b, "a", a).verdict());
        assertEquals("identical regret on every pair", PairedComparison.of("a", a, "a", a).verdict());
        assertEquals("no paired runs", PairedComparison.of("a", a, "b", List.of()).verdict());
        for (long seed = 9; seed <= 20; seed++) {
            a.add(Runs.run("a", "cifar10", 50, seed, 93.0 - seed / 100.0, 1));
            b.add(Runs.run("b", "cifar10", 50, seed, 94.0, 1));
        }
        // 20 seeds the same way: p = 2/2^20.
        assertEquals("b lower regret, p < 1e-4", PairedComparison.of("b", b, "a", a).verdict());
    }

    /** A run on an analytic cost: no optimum, so no regret. */
    private static RunRecord costRun(String optimizer, long seed, double cost) {
        return new RunRecord(optimizer, "analytic", 50, seed, "blackbox", cost, cost, Double.NaN, Double.NaN, false, 50,
                null, 1, List.of());
    }

    @Test
    void withoutAnOptimumRunsPairOnTheirReportValueInItsDirection() {
        List<RunRecord> a = new ArrayList<>();
        List<RunRecord> b = new ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            a.add(costRun("a", seed, 3.0 + seed / 100.0));
            b.add(costRun("b", seed, 4.0));
        }
        assertEquals("no paired runs", PairedComparison.of("a", a, "b", b).verdict(), "regret alone is undefined");
        PairedComparison smaller = PairedComparison.of("a", a, "b", b, Goal.MINIMIZE);
        assertEquals(8, smaller.pairs());
        assertEquals("a lower regret, p = 0.0078", smaller.verdict(), "a smaller cost is better when minimising");
        assertEquals("a higher regret, p = 0.0078", PairedComparison.of("a", a, "b", b, Goal.MAXIMIZE).verdict());
    }
}
