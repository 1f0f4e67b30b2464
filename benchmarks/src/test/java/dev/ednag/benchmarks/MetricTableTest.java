package dev.ednag.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricTableTest {

    private static final String SHA = "a".repeat(64);

    static MetricTable table(String source, List<String> keys, Map<String, double[]> columns) {
        return new MetricTable(source, keys, columns, List.of(), List.of(new DataFile(source, SHA, keys.size())));
    }

    private static Map<String, double[]> columns(Object... nameAndValues) {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndValues.length; i += 2) {
            map.put((String) nameAndValues[i], (double[]) nameAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void looksUpRowsAndValues() {
        MetricTable t = table("t", List.of("a", "b"), columns("x", new double[] {1, 2}, "y", new double[] {3, Double.NaN}));
        assertEquals(2, t.size());
        assertEquals(0, t.row("a"));
        assertEquals(1, t.row("b"));
        assertEquals(-1, t.row("c"));
        assertEquals("b", t.key(1));
        assertEquals(List.of("x", "y"), t.columnNames());
        assertEquals(3.0, t.value("y", 0));
        assertTrue(Double.isNaN(t.value("y", 1)));
        assertTrue(t.hasColumn("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.value("z", 0));
        assertEquals("no column 'z' in t; columns: x, y", e.getMessage());
    }

    @Test
    void isImmutable() {
        double[] x = {1, 2};
        MetricTable t = table("t", List.of("a", "b"), columns("x", x));
        x[0] = 99; // the constructor copied
        t.column("x")[1] = 99; // column() returns a copy
        assertArrayEquals(new double[] {1, 2}, t.column("x"));
        assertThrows(UnsupportedOperationException.class, () -> t.dataFiles().clear());
    }

    @Test
    void rejectsDuplicateKeysAndRaggedColumns() {
        assertThrows(IllegalArgumentException.class, () -> table("t", List.of("a", "a"), columns()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table("t", List.of("a", "b"), columns("x", new double[] {1})));
        assertEquals("t: column 'x' has 1 values for 2 keys", e.getMessage());
    }

    @Test
    void mergeJoinsByKeyAndSuffixesColumns() {
        MetricTable left = table("left.csv", List.of("a", "b", "c"), columns("acc", new double[] {1, 2, 3}));
        MetricTable right = table("right.csv", List.of("c", "a", "b"),
                columns("acc", new double[] {30, 10, 20}, "valid", new double[] {0.3, 0.1, 0.2}));
        MetricTable merged = left.merge(right, "_12ep");
        assertEquals(List.of("a", "b", "c"), merged.keys());
        assertEquals(List.of("acc", "acc_12ep", "valid_12ep"), merged.columnNames());
        assertArrayEquals(new double[] {1, 2, 3}, merged.column("acc"));
        assertArrayEquals(new double[] {10, 20, 30}, merged.column("acc_12ep"));
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, merged.column("valid_12ep"));
        assertEquals("left.csv + right.csv", merged.source());
        assertEquals(List.of("left.csv", "right.csv"), merged.dataFiles().stream().map(DataFile::name).toList());
    }

    @Test
    void mergeNeedsTheSameKeysAndFreshNames() {
        MetricTable left = table("left.csv", List.of("a", "b"), columns("acc", new double[] {1, 2}));
        MetricTable other = table("other.csv", List.of("a", "z"), columns("v", new double[] {1, 2}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> left.merge(other, "_x"));
        assertEquals("cannot merge other.csv into left.csv: key 'b' is missing from other.csv", e.getMessage());
        MetricTable shorter = table("short.csv", List.of("a"), columns());
        assertThrows(IllegalArgumentException.class, () -> left.merge(shorter, "_x"));
        assertThrows(IllegalArgumentException.class, () -> left.merge(left, "")); // 'acc' twice
    }

    @Test
    void dataFileValidatesItsHash() {
        assertThrows(IllegalArgumentException.class, () -> new DataFile("f", "xyz", 1));
        assertThrows(IllegalArgumentException.class, () -> new DataFile("f", "A".repeat(64), 1));
        assertThrows(IllegalArgumentException.class, () -> new DataFile("f", SHA, -1));
    }
}
