package dev.ednag.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Goal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimumTest {

    private final MetricTable table;

    OptimumTest() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("acc", new double[] {Double.NaN, 5, 7, 7, 1});
        columns.put("empty", new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN});
        table = MetricTableTest.table("t", List.of("a", "b", "c", "d", "e"), columns);
    }

    @Test
    void maximumWithTies() {
        Optimum best = Optimum.of(table, "acc", Goal.MAXIMIZE);
        assertEquals(7.0, best.value());
        assertEquals(List.of("c", "d"), best.keys());
        assertTrue(best.isHitBy(7.0));
        assertFalse(best.isHitBy(6.999999));
    }

    @Test
    void minimumSkipsMissingValues() {
        Optimum best = Optimum.of(table, "acc", Goal.MINIMIZE);
        assertEquals(1.0, best.value());
        assertEquals(List.of("e"), best.keys());
    }

    @Test
    void columnWithoutValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Optimum.of(table, "empty", Goal.MAXIMIZE));
        assertThrows(IllegalArgumentException.class, () -> Optimum.of(table, "nope", Goal.MAXIMIZE));
    }
}
