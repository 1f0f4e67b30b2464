package dev.ednag.bench;

import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.TableLoader;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.core.io.Sha256;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a shipped table with ednag's loader against bare Apache Commons CSV, from the gzipped
 * bytes already in memory to one double array per numeric column and a canonical key per row. Both
 * sides do the same work: hash the bytes, gunzip, UTF-8, split, parse each arch string in its
 * space, parse each number; the loader also checks types, duplicates and field counts. The loader
 * split records by hand until this benchmark showed the library as fast where users wait (cold);
 * it now splits them with the library, so the difference is the cost of the checks.
 *
 * <p>Run it warm ({@code -bm avgt}, the default here) and cold ({@code -bm ss -f 20 -wi 0 -i 1}):
 * the cold figure is what a user waits for at start-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvReaderBenchmark {

    @Param({"nb201/nb201_200ep.csv.gz", "tnb101/tnb101_micro_valid_final.csv.gz"})
    public String table;

    private byte[] gzipped;
    private SearchSpace space;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = Nb201Benchmark.class.getResourceAsStream("/dev/ednag/benchmarks/" + table)) {
            if (in == null) {
                throw new IllegalStateException("no shipped table " + table);
            }
            gzipped = in.readAllBytes();
        }
        space = table.startsWith("nb201") ? Nb201Space.instance() : Tnb101MicroSpace.instance();
    }

    @Benchmark
    public MetricTable tableLoader() throws IOException {
        return TableLoader.read(new ByteArrayInputStream(gzipped), table, space);
    }

    @Benchmark
    public List<double[]> commonsCsv() throws IOException {
        // The manifest records every data file's SHA-256, so the library side hashes the bytes too.
        DigestInputStream hashed = new DigestInputStream(new ByteArrayInputStream(gzipped), Sha256.newDigest());
        Reader text = new InputStreamReader(new GZIPInputStream(hashed, 1 << 16), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> names = parser.getHeaderNames();
            int arch = names.indexOf("arch_str");
            List<String> keys = new ArrayList<>(16_384);
            List<double[]> columns = new ArrayList<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                keys.add(space.parse(record.get(arch)).key());
                if (columns.isEmpty()) {
                    for (int c = 0; c < names.size(); c++) {
                        columns.add(new double[16_384]);
                    }
                }
                for (int c = 0; c < names.size(); c++) {
                    if (c == arch) {
                        continue;
                    }
                    String field = record.get(c);
                    double[] column = columns.get(c);
                    if (rows == column.length) {
                        columns.set(c, column = Arrays.copyOf(column, rows * 2));
                    }
                    column[rows] = field.isEmpty() ? Double.NaN : parseOrNaN(field);
                }
                rows++;
            }
            hashed.getMessageDigest().digest();
            return columns;
        }
    }

    /** A text column (e.g. op_code strings in some tables) becomes NaN, as ours skips it. */
    private static double parseOrNaN(String field) {
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
