package dev.ednag.study.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ednag.core.eval.Goal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomSearchAnchorsTest {

    @Test
    void oneAnchorPerBudgetWithTheExactValue() {
        // Search picks the larger first column; draws of 2 from 3 rows: {0,1}→row 1, {0,2}→row 2, {1,2}→row 2.
        double[] search = {1, 2, 3};
        double[] report = {10, 40, 70};
        List<Anchor> anchors = RandomSearchAnchors.exact("toy", "blackbox", search, report, Goal.MAXIMIZE, "toy table", 1, 2);
        assertEquals(2, anchors.size());
        assertEquals("40.000", anchors.get(0).value());
        assertEquals(1, anchors.get(0).budget());
        assertEquals("60.000", anchors.get(1).value()); // (40 + 70 + 70) / 3
        assertEquals("blackbox", anchors.get(1).protocol());
    }
}
