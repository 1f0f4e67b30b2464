package dev.ednag.benchmarks.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.DataFile;
import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.ProtocolMetrics;
import dev.ednag.benchmarks.TableLoader;
import dev.ednag.benchmarks.TabularOracle;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks against the real shipped data (PROVENANCE maxima). */
class Nb201BenchmarkTest {

    static final String C10_BEST_6111 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|";
    static final String C10_BEST_13714 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_1x1~1|nor_conv_3x3~2|";
    static final String C100_BEST_9930 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String IN16_BEST_857 =
            "|nor_conv_1x1~0|+|nor_conv_1x1~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private final Nb201Benchmark bench = Nb201Benchmark.shipped();
    private final MetricTable table = bench.table();

    @Test
    void loadsOnceAndCoversTheWholeSpace() {
        assertSame(bench, Nb201Benchmark.shipped());
        assertEquals(Nb201Cell.COUNT, table.size());
        assertEquals(1.0, bench.coverage());
        assertEquals("nb201_200ep.csv.gz + nb201_12ep.csv.gz", bench.source());
        List<DataFile> files = bench.dataFiles();
        assertEquals(List.of("nb201_200ep.csv.gz", "nb201_12ep.csv.gz"), files.stream().map(DataFile::name).toList());
        files.forEach(f -> assertEquals(Nb201Cell.COUNT, f.rows()));
    }

    @Test
    void hasTheDocumentedColumns() {
        assertEquals(List.of("index", "op_code", "cifar10_test", "cifar100_test", "imagenet16_test",
                "cifar10valid_valid", "cifar10valid_test", "params_cifar10_M", "flops_cifar10_M", "params_cifar100_M",
                "flops_cifar100_M", "params_imagenet16_M", "flops_imagenet16_M", "index_12ep", "cifar10_test_12ep",
                "cifar10valid_valid_12ep", "cifar100_test_12ep", "cifar100_valid_12ep", "imagenet16_test_12ep",
                "imagenet16_valid_12ep"), table.columnNames());
        assertEquals(List.of(), table.ignoredColumns());
        assertTrue(!bench.metricColumns().contains("index") && !bench.metricColumns().contains("op_code"));
    }

    @Test
    void everyKeyParsesAndOurIndexIsTheOpCodeInBase5() {
        Nb201Space space = Nb201Space.instance();
        for (int row = 0; row < table.size(); row++) {
            Nb201Cell cell = space.parse(table.key(row));
            assertEquals(row, (int) table.value("index", row)); // files are in official index order
            assertEquals(table.value("index", row), table.value("index_12ep", row)); // the join matched rows
            assertEquals(base5(table.value("op_code", row)), cell.index(), cell.key());
        }
    }

    private static int base5(double opCode) {
        String digits = String.format("%06d", (long) opCode);
        return Integer.parseInt(digits, 5);
    }

    @Test
    void noAccuracyIsMissingOrOutOfRange() {
        for (String column : bench.metricColumns()) {
            for (double v : table.column(column)) {
                assertTrue(v > 0 && v <= 100 || column.startsWith("flops") && v > 0 && v < 300, column + " " + v);
            }
        }
    }

    @Test
    void cifar10TestOptimumIsATieBetweenTwoCells() {
        Optimum best = bench.optimum("cifar10_test", Goal.MAXIMIZE);
        assertEquals(94.3733, best.value(), 5e-5);
        assertEquals(Set.of(C10_BEST_6111, C10_BEST_13714), Set.copyOf(best.keys()));
        assertEquals(6111, (int) table.value("index", table.row(C10_BEST_6111)));
        assertEquals(13714, (int) table.value("index", table.row(C10_BEST_13714)));
    }

    @ParameterizedTest
    @CsvSource({
        // PROVENANCE gives 4 decimals for 200 epochs, 2 for 12 epochs
        "cifar100_test, 73.5133, 5e-5, 9930",
        "imagenet16_test, 47.3111, 5e-5, 857",
        "cifar10valid_valid, 91.6067, 5e-5, 6111",
        "cifar10valid_test, 91.5233, 5e-5, 1459",
        "cifar10_test_12ep, 89.16, 5e-3, 5374",
        "cifar100_valid_12ep, 61.32, 5e-3, 10165",
        "imagenet16_valid_12ep, 38.67, 5e-3, 2581",
    })
    void verifiedMaxima(String column, double max, double tolerance, int officialIndex) {
        Optimum best = bench.optimum(column, Goal.MAXIMIZE);
        assertEquals(max, best.value(), tolerance, column);
        assertEquals(1, best.keys().size(), column);
        assertEquals(officialIndex, (int) table.value("index", table.row(best.keys().get(0))), column);
    }

    @Test
    void optimaAtTheDocumentedArchStrings() {
        assertEquals(List.of(C100_BEST_9930), bench.optimum("cifar100_test", Goal.MAXIMIZE).keys());
        assertEquals(List.of(IN16_BEST_857), bench.optimum("imagenet16_test", Goal.MAXIMIZE).keys());
        assertEquals(List.of(C10_BEST_6111), bench.optimum("cifar10valid_valid", Goal.MAXIMIZE).keys());
    }

    @Test
    void costRanges() {
        Optimum smallest = bench.optimum(bench.metric(Nb201Dataset.CIFAR10, "params"));
        assertEquals(Goal.MINIMIZE, smallest.goal());
        assertEquals(0.0733, smallest.value(), 5e-5);
        assertEquals(1.5315, bench.optimum("params_cifar10_M", Goal.MAXIMIZE).value(), 5e-5);
        assertEquals(220.12, bench.optimum("flops_cifar10_M", Goal.MAXIMIZE).value(), 5e-3);
        assertEquals(55.04, bench.optimum("flops_imagenet16_M", Goal.MAXIMIZE).value(), 5e-3);
    }

    @ParameterizedTest
    @CsvSource({
        "cifar10, test, cifar10_test, MAXIMIZE",
        "cifar10, valid, cifar10valid_valid, MAXIMIZE",
        "cifar10, valid12, cifar10valid_valid_12ep, MAXIMIZE",
        "cifar10, test12, cifar10_test_12ep, MAXIMIZE",
        "cifar10, params, params_cifar10_M, MINIMIZE",
        "cifar10, flops, flops_cifar10_M, MINIMIZE",
        "cifar100, test, cifar100_test, MAXIMIZE",
        "cifar100, valid, cifar100_valid_12ep, MAXIMIZE",
        "cifar100, valid12, cifar100_valid_12ep, MAXIMIZE",
        "cifar100, test12, cifar100_test_12ep, MAXIMIZE",
        "cifar100, params, params_cifar100_M, MINIMIZE",
        "ImageNet16-120, test, imagenet16_test, MAXIMIZE",
        "ImageNet16-120, valid, imagenet16_valid_12ep, MAXIMIZE",
        "ImageNet16-120, test12, imagenet16_test_12ep, MAXIMIZE",
        "ImageNet16-120, flops, flops_imagenet16_M, MINIMIZE",
        "cifar100, cifar10valid_test, cifar10valid_test, MAXIMIZE",
        "cifar10, flops_imagenet16_M, flops_imagenet16_M, MINIMIZE",
        "cifar10, TEST, cifar10_test, MAXIMIZE",
    })
    void resolvesAliasesAndColumns(String dataset, String name, String column, Goal goal) {
        Metric metric = bench.metric(Nb201Dataset.parse(dataset), name);
        assertEquals(column, metric.column());
        assertEquals(goal, metric.goal());
    }

    @Test
    void unknownMetricListsAliasesAndColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bench.metric(Nb201Dataset.CIFAR100, "accuracy"));
        String message = e.getMessage();
        assertTrue(message.startsWith("unknown metric 'accuracy' for cifar100; use an alias (test, valid, valid12, "
                + "test12, params, flops) or a column (cifar10_test, "), message);
        assertTrue(message.contains("imagenet16_valid_12ep"), message);
        assertThrows(IllegalArgumentException.class, () -> bench.metric(Nb201Dataset.CIFAR10, "index"));
        assertThrows(IllegalArgumentException.class, () -> bench.metric(Nb201Dataset.CIFAR10, " "));
    }

    @Test
    void defaultMetricsFollowTheProtocol() {
        ProtocolMetrics oracle = bench.defaultMetrics(Nb201Dataset.CIFAR100, Protocol.ORACLE);
        assertEquals("cifar100_test", oracle.search().column());
        assertEquals("cifar100_test", oracle.report().column());
        ProtocolMetrics blackbox = bench.defaultMetrics(Nb201Dataset.CIFAR100, Protocol.BLACKBOX);
        assertEquals("cifar100_valid_12ep", blackbox.search().column());
        assertEquals("cifar100_test", blackbox.report().column());
        assertEquals("cifar10valid_valid",
                bench.defaultMetrics(Nb201Dataset.CIFAR10, Protocol.BLACKBOX).search().column());
        assertEquals("imagenet16_valid_12ep",
                bench.defaultMetrics(Nb201Dataset.IMAGENET16_120, Protocol.BLACKBOX).search().column());
    }

    @Test
    void oraclesEvaluateRealCells() {
        Nb201Space space = Nb201Space.instance();
        TabularOracle oracle = bench.oracle(Nb201Dataset.CIFAR10, Protocol.BLACKBOX);
        Evaluation e = oracle.evaluate(List.of(space.parse(C10_BEST_6111))).get(0);
        assertTrue(e.isOk());
        assertEquals(91.6067, e.search(), 5e-5); // cifar10-valid x-valid
        assertEquals(94.3733, e.report(), 5e-5); // cifar10 test
        assertEquals(1.073466, e.metric("params"), 1e-9);
        assertEquals(153.27297, e.metric("flops"), 1e-9);
        assertEquals(List.of("params", "flops"), oracle.extraMetricNames());

        Evaluation in16 = bench.oracle(Nb201Dataset.IMAGENET16_120, Protocol.ORACLE)
                .evaluate(List.of(space.parse(IN16_BEST_857))).get(0);
        assertEquals(in16.search(), in16.report());
        assertEquals(47.3111, in16.search(), 5e-5);
        assertEquals(30.46156, in16.metric("flops"), 1e-9);

        TabularOracle custom = bench.oracle(Nb201Dataset.CIFAR100, "valid12", "test12");
        assertEquals("cifar100_valid_12ep", custom.searchColumn());
        assertEquals("cifar100_test_12ep", custom.reportColumn());
    }

    @Test
    void everyCellIsEvaluableOnTheShippedData() {
        for (Nb201Dataset dataset : Nb201Dataset.values()) {
            for (Protocol protocol : Protocol.values()) {
                List<Evaluation> all = bench.oracle(dataset, protocol).evaluate(Nb201Space.instance().cells());
                assertEquals(Nb201Cell.COUNT, all.stream().filter(Evaluation::isOk).count(), dataset + " " + protocol);
            }
        }
    }

    @Test
    void shippedFilesHaveStableSha256() throws Exception {
        for (String resource : List.of(Nb201Benchmark.RESOURCE_200EP, Nb201Benchmark.RESOURCE_12EP)) {
            DataFile first = TableLoader.loadResource(Nb201Benchmark.class, resource, null).dataFiles().get(0);
            DataFile second = TableLoader.loadResource(Nb201Benchmark.class, resource, null).dataFiles().get(0);
            assertTrue(first.sha256().matches("[0-9a-f]{64}"), first.sha256());
            assertEquals(first, second);
            assertTrue(bench.dataFiles().contains(first));
        }
        assertNotEquals(bench.dataFiles().get(0).sha256(), bench.dataFiles().get(1).sha256());
    }

    @Test
    void ofRejectsTablesWithForeignKeys() {
        MetricTable foreign = new MetricTable("x.csv", List.of("not-a-cell"), java.util.Map.of(), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nb201Benchmark.of(foreign));
        assertTrue(e.getMessage().startsWith("x.csv row 0: 'not-a-cell' is not a nb201 architecture"), e.getMessage());
        assertEquals(Nb201Cell.COUNT, Nb201Benchmark.of(table).table().size());
    }
}
