package dev.ednag.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.EvaluationStatus;
import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TabularOracleTest {

    private final Nb201Space space = Nb201Space.instance();
    private final String a = space.cell(0).key();
    private final String b = space.cell(1).key();
    private final String c = space.cell(2).key();

    private MetricTable table() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("valid", new double[] {80, Double.NaN, 70});
        columns.put("test", new double[] {81, 82, Double.NaN});
        columns.put("params_M", new double[] {0.1, 0.2, 0.3});
        columns.put("flops_M", new double[] {10, 20, 30});
        return MetricTableTest.table("mini.csv", List.of(a, b, c), columns);
    }

    private TabularOracle oracle() {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("params", "params_M");
        extras.put("flops", "flops_M");
        return new TabularOracle(table(), space, "valid", "test", extras);
    }

    @Test
    void returnsSearchReportAndNamedExtras() {
        Evaluation e = oracle().evaluate(List.of(space.cell(0))).get(0);
        assertEquals(EvaluationStatus.OK, e.status());
        assertEquals(a, e.key());
        assertEquals(80.0, e.search());
        assertEquals(81.0, e.report());
        assertEquals(List.of("params", "flops"), List.copyOf(e.metrics().keySet()));
        assertEquals(0.1, e.metric("params"));
        assertEquals(10.0, e.metric("flops"));
    }

    @Test
    void missingRowIsUnevaluable() {
        Evaluation e = oracle().evaluate(List.of(space.cell(3))).get(0);
        assertEquals(EvaluationStatus.UNEVALUABLE, e.status());
        assertEquals("not in table mini.csv", e.error());
        Architecture foreign = () -> "resnet18";
        Evaluation f = oracle().evaluate(List.of(foreign)).get(0);
        assertEquals(EvaluationStatus.UNEVALUABLE, f.status());
        assertEquals("not a nb201 architecture, so not in table mini.csv", f.error());
        Evaluation g = new TabularOracle(table(), "valid", "test").evaluate(List.of(foreign)).get(0);
        assertEquals("not in table mini.csv", g.error());
    }

    @Test
    void missingSearchValueIsUnevaluableButMissingReportIsNot() {
        List<Evaluation> results = oracle().evaluate(List.of(space.cell(1), space.cell(2)));
        assertEquals(EvaluationStatus.UNEVALUABLE, results.get(0).status());
        assertEquals("no value for 'valid' in table mini.csv", results.get(0).error());
        assertEquals(EvaluationStatus.OK, results.get(1).status());
        assertTrue(Double.isNaN(results.get(1).report()));
    }

    @Test
    void keepsInputOrderAndRepeats() {
        List<Architecture> batch = List.of(space.cell(2), space.cell(0), space.cell(2), space.cell(9));
        List<Evaluation> results = oracle().evaluate(batch);
        assertEquals(List.of(c, a, c, space.cell(9).key()), results.stream().map(Evaluation::key).toList());
        assertEquals(results.get(0), results.get(2));
    }

    @Test
    void isSafeToShareBetweenThreads() {
        TabularOracle oracle = oracle();
        List<Architecture> batch = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            batch.add(space.cell(i % 5));
        }
        List<Evaluation> sequential = oracle.evaluate(batch);
        List<List<Evaluation>> parallel = IntStream.range(0, 16).parallel()
                .mapToObj(i -> oracle.evaluate(batch)).toList();
        parallel.forEach(result -> assertEquals(sequential, result));
    }

    @Test
    void rejectsUnknownColumnsUpFront() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TabularOracle(table(), "nope", "test"));
        assertTrue(e.getMessage().startsWith("no column 'nope' in mini.csv"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new TabularOracle(table(), null, "valid", "test", Map.of("params", "params_X")));
    }
}
