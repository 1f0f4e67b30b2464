package dev.ednag.benchmarks.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.TableFormatException;
import dev.ednag.benchmarks.TabularOracle;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.EvaluationStatus;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Nb201UserTableTest {

    private final Nb201Space space = Nb201Space.instance();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void partialTableCoversPartOfTheSpace() throws IOException {
        StringBuilder csv = new StringBuilder("arch_str,cifar10_test,cifar10valid_valid,my_latency\n");
        for (int i = 0; i < 100; i++) {
            csv.append(space.cell(i).key()).append(',').append(50 + i * 0.1).append(',').append(40 + i * 0.1)
                    .append(',').append(i).append('\n');
        }
        Nb201Benchmark bench = Nb201Benchmark.fromUserTable(write("mine.csv", csv.toString()));
        assertEquals(100 / 15_625.0, bench.coverage());
        assertEquals("mine.csv", bench.source());
        assertEquals(100, bench.dataFiles().get(0).rows());

        TabularOracle oracle = bench.oracle(Nb201Dataset.CIFAR10, Protocol.BLACKBOX);
        List<Evaluation> results = oracle.evaluate(List.of(space.cell(5), space.cell(500)));
        assertEquals(40.5, results.get(0).search(), 1e-12);
        assertEquals(50.5, results.get(0).report(), 1e-12);
        assertTrue(results.get(0).metrics().isEmpty()); // no params/flops columns in this table
        assertEquals(EvaluationStatus.UNEVALUABLE, results.get(1).status());
        assertEquals("not in table mine.csv", results.get(1).error());

        assertEquals("my_latency", bench.metric(Nb201Dataset.CIFAR10, "my_latency").column());
        assertEquals(bench.optimum("cifar10_test", dev.ednag.core.eval.Goal.MAXIMIZE).keys(),
                List.of(space.cell(99).key()));
    }

    @Test
    void aliasWhoseColumnIsMissingSaysWhich() throws IOException {
        Nb201Benchmark bench = Nb201Benchmark.fromUserTable(
                write("mine.csv", "arch_str,cifar10_test\n" + space.cell(7).key() + ",90\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bench.defaultMetrics(Nb201Dataset.CIFAR100, Protocol.ORACLE));
        assertTrue(e.getMessage().startsWith("metric 'test' on cifar100 is column 'cifar100_test', which mine.csv "
                + "does not have; use an alias"), e.getMessage());
    }

    @Test
    void badKeysAreReportedWithTheirLine() throws IOException {
        Path file = write("mine.csv", "arch_str,cifar10_test\n" + space.cell(7).key() + ",90\n"
                + "|nor_conv_5x5~0|+|none~0|none~1|+|none~0|none~1|none~2|,91\n");
        TableFormatException e = assertThrows(TableFormatException.class, () -> Nb201Benchmark.fromUserTable(file));
        assertTrue(e.getMessage().startsWith(file + " line 3: '|nor_conv_5x5~0|+|none~0|none~1|+|none~0|none~1|none~2|'"
                + " is not a nb201 architecture: unknown op 'nor_conv_5x5' on edge 0->1; expected "), e.getMessage());
    }
}
