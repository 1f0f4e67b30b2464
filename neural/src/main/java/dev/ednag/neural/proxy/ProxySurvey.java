package dev.ednag.neural.proxy;

import dev.ednag.core.space.Architecture;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Scores a list of architectures with several proxies in parallel and appends each finished chunk
 * to a CSV ({@code arch,proxy,score,report}), so an interrupted survey keeps what it did and a
 * re-run scores only what is missing. Scores are raw (synflow not logged); a proxy that is
 * undefined for a network scores NaN. Rows come out in architecture order, then proxy order,
 * whatever the thread count.
 */
public final class ProxySurvey {

    /** The CSV header. */
    public static final String HEADER = "arch,proxy,score,report";

    /** One scored architecture. */
    public record Row(String arch, String proxy, double score, double report) {
    }

    /** Progress after each chunk: rows done and rows in all. */
    public interface Progress {
        void update(int done, int total);
    }

    private final List<ZeroCostProxy> proxies;
    private final ProxyContext context;
    private final long seed;
    private final ToDoubleFunction<Architecture> report;
    private final int threads;

    /** @param report an architecture's report value (NaN when unknown), never shown to a proxy */
    public ProxySurvey(List<ZeroCostProxy> proxies, ProxyContext context, long seed,
            ToDoubleFunction<Architecture> report, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        for (ZeroCostProxy p : proxies) {
            if (p.needsData()) {
                context.requireBatch(p.name());
            }
        }
        this.proxies = List.copyOf(proxies);
        this.context = context;
        this.seed = seed;
        this.report = report;
        this.threads = threads;
    }

    /** Scores every architecture with every proxy, appending to {@code csv}; returns all rows, in order. */
    public List<Row> run(List<? extends Architecture> architectures, Path csv, Progress progress) throws IOException {
        Map<String, Row> done = read(csv);
        List<Row> rows = new ArrayList<>();
        int total = architectures.size() * proxies.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ednag-proxy");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter out = open(csv)) {
            int chunk = 4 * threads;
            for (int start = 0; start < architectures.size(); start += chunk) {
                List<? extends Architecture> part = architectures.subList(start, Math.min(architectures.size(), start + chunk));
                List<Future<Row>> futures = new ArrayList<>();
                for (Architecture a : part) {
                    for (ZeroCostProxy p : proxies) {
                        Row known = done.get(a.key() + "\t" + p.name());
                        futures.add(known != null
                                ? java.util.concurrent.CompletableFuture.completedFuture(known)
                                : pool.submit(() -> new Row(a.key(), p.name(),
                                        p.score(a, context, ProxyEvaluator.weightSeed(seed, a.key())),
                                        report.applyAsDouble(a))));
                    }
                }
                for (Future<Row> f : futures) {
                    Row row = get(f);
                    rows.add(row);
                    if (!done.containsKey(row.arch() + "\t" + row.proxy())) {
                        out.write(format(row));
                    }
                }
                out.flush();
                progress.update(rows.size(), total);
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }

    private static Row get(Future<Row> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static BufferedWriter open(Path csv) throws IOException {
        boolean fresh = !Files.exists(csv) || Files.size(csv) == 0;
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            out.write(HEADER + "\n");
        }
        return out;
    }

    private static String format(Row row) {
        return row.arch() + "," + row.proxy() + "," + number(row.score()) + "," + number(row.report()) + "\n";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.10g", v);
    }

    /** Rows already in the CSV; a cut last line (from a crash) is dropped and will be redone. */
    static Map<String, Row> read(Path csv) throws IOException {
        Map<String, Row> rows = new HashMap<>();
        if (!Files.exists(csv)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return rows;
        }
        if (!lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(csv + " is not a proxies.csv (header '" + lines.get(0) + "')");
        }
        byte[] bytes = Files.readAllBytes(csv);
        boolean cut = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
        for (int i = 1; i < lines.size() - (cut ? 1 : 0); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(csv + " line " + (i + 1) + " has " + f.length + " fields, expected 4");
            }
            rows.put(f[0] + "\t" + f[1], new Row(f[0], f[1], parse(f[2]), parse(f[3])));
        }
        if (cut) {
            truncateAfterLastNewline(csv, bytes);
        }
        return rows;
    }

    private static void truncateAfterLastNewline(Path csv, byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        try {
            Files.write(csv, java.util.Arrays.copyOf(bytes, end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
