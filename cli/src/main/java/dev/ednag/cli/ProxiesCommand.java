package dev.ednag.cli;

import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.TableFormatException;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.io.FolderLock;
import dev.ednag.core.json.Json;
import dev.ednag.core.space.Architecture;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.nb201.Nb201NetworkBuilder;
import dev.ednag.neural.nb201.Nb201Skeleton;
import dev.ednag.neural.nb201.Nb201Tasks;
import dev.ednag.neural.proxy.MiniBatch;
import dev.ednag.neural.proxy.ProxyContext;
import dev.ednag.neural.proxy.ProxySurvey;
import dev.ednag.neural.proxy.RankCorrelation;
import dev.ednag.neural.proxy.ZeroCostProxies;
import dev.ednag.neural.proxy.ZeroCostProxy;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag proxies}: zero-cost proxies of random cells, and their rank correlation with a table's accuracy. */
@Command(name = "proxies",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scores random NAS-Bench-201 cells with zero-cost proxies: each cell is built as a real network "
                + "(DJL + PyTorch on the CPU) with PyTorch's default initial weights and scored untrained. With a "
                + "table dataset it prints the Spearman and Kendall correlation of each proxy with the 200-epoch "
                + "test accuracy, beside the published value.",
            "",
            "Writes to the output folder: proxies.csv (arch,proxy,score,report; raw scores, appended as they "
                + "finish, so a re-run completes an interrupted survey), correlation.json (spearman, kendall, n "
                + "of the first proxy, and every proxy under byProxy) and proxies.json (the settings).",
            ""},
        footer = {"",
            "Proxies: synflow (data-free), jacob_cov, naswot, grad_norm, snip (one mini-batch), params, flops.",
            "CIFAR and ImageNet16-120 images are not shipped: the data-dependent proxies need --data; 'gaussian' "
                + "gives them standard normal images of the dataset's shape, named as such in every output.",
            "",
            "Exit codes: 0 done, 2 bad input (nothing written), 1 internal error."})
final class ProxiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--space", paramLabel = "NAME", defaultValue = "nb201",
            description = "Search space (default: ${DEFAULT-VALUE}; the only one with a network builder today).")
    String space;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "1000",
            description = "Random distinct cells to score (default: ${DEFAULT-VALUE}; 15625 scores them all).")
    int sample;

    @Option(names = "--proxy", paramLabel = "LIST", defaultValue = "synflow",
            description = "Comma-separated proxies (default: ${DEFAULT-VALUE}).")
    String proxy;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "cifar10",
            description = "NAS-Bench-201 dataset whose shape the networks take and whose test accuracy is "
                    + "correlated: cifar10, cifar100, ImageNet16-120 (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--table", paramLabel = "FILE",
            description = "Correlate with your own NB201 table (CSV or CSV.gz with arch_str and numeric columns) "
                    + "instead of the built-in one; cells are drawn from its rows, so it may cover part of the space.")
    Path table;

    @Option(names = "--report-metric", paramLabel = "NAME", defaultValue = "test",
            description = "Metric the proxies are correlated with: an alias (test, valid, valid12, test12) or any "
                    + "numeric column of the table (default: ${DEFAULT-VALUE}). A proxy searches nothing, so there is no "
                    + "search metric.")
    String reportMetric;

    @Option(names = "--data", paramLabel = "SOURCE",
            description = "Images for the data-dependent proxies: 'gaussian' (noise of the dataset's shape).")
    String data;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Mini-batch size of the data-dependent proxies (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--width", paramLabel = "C", defaultValue = "16", description = "Skeleton channel width C (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--cells", paramLabel = "N", defaultValue = "5", description = "Cells per stage N (default: ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the sample, the initial weights and the mini-batch (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Architectures scored at once, one native thread each (default: the cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ednag-proxies/<dataset>-<proxies>-seed<N>).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no table; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!space.equals(Nb201Space.NAME)) {
            throw new InputException("--space: only nb201 has a network builder so far, got '" + space + "'");
        }
        if (sample < 3 || sample > Nb201Cell.COUNT) {
            throw new InputException("--sample must be between 3 and " + Nb201Cell.COUNT + ", got " + sample);
        }
        if (batch < 2 || batch > 4096) {
            throw new InputException("--batch must be between 2 and 4096, got " + batch);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 256) {
            throw new InputException("--threads must be between 1 and 256, got " + workers);
        }
        Nb201Dataset ds = InputException.parsing(() -> Nb201Dataset.parse(dataset), "--dataset");
        List<ZeroCostProxy> proxies = new ArrayList<>();
        for (String name : proxy.split(",")) {
            proxies.add(InputException.parsing(() -> ZeroCostProxies.parse(name), "--proxy"));
        }
        Nb201Skeleton skeleton = InputException.parsing(() -> new Nb201Skeleton(width, cells), null);
        ImageTask task = Nb201Tasks.of(ds);
        MiniBatch images = miniBatch(proxies, task);
        ProxyContext context = new ProxyContext(new Nb201NetworkBuilder(skeleton), task, images);

        Nb201Benchmark bench = table == null ? Nb201Benchmark.shipped() : userTable();
        Metric metric = InputException.parsing(() -> bench.metric(ds, reportMetric), "--report-metric");
        String reportColumn = metric.column();
        MetricTable values = bench.table();
        ToDoubleFunction<Architecture> report = a -> values.value(reportColumn, values.row(a.key()));
        List<Nb201Cell> sampled = sampleCells(candidates(values, reportColumn));
        boolean published = table == null && reportColumn.equals(Nb201Tasks.testColumn(ds));

        Path dir = out != null ? out : Path.of("ednag-proxies", ds.id() + "-" + proxy.replace(',', '+') + "-seed" + seed);
        Map<String, Object> settings = settings(ds, proxies, skeleton, images, bench, reportColumn);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out '" + dir + "' exists and is not a folder");
        }
        Files.createDirectories(dir);
        List<ProxySurvey.Row> rows;
        Map<String, RankCorrelation> correlations = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (FolderLock lock = FolderLock.acquire(dir)) {
            prepare(dir, settings);

            ProgressBar bar = new ProgressBar(System.err, !quiet && ProgressBar.interactive());
            try {
                rows = new ProxySurvey(proxies, context, seed, report, workers).run(sampled, dir.resolve("proxies.csv"),
                        (done, total) -> bar.draw(done, total, String.format(Locale.ROOT, "%d/%d scores · %.1f s",
                                done, total, (System.nanoTime() - start) / 1e9)));
            } finally {
                bar.finish();
            }
            for (ZeroCostProxy p : proxies) {
                List<ProxySurvey.Row> own = rows.stream().filter(r -> r.proxy().equals(p.name())).toList();
                correlations.put(p.name(), RankCorrelation.of(own.stream().mapToDouble(ProxySurvey.Row::score).toArray(),
                        own.stream().mapToDouble(ProxySurvey.Row::report).toArray()));
            }
            writeCorrelation(dir, ds, reportColumn, correlations, published);
        }
        if (!quiet) {
            print(ds, correlations, rows.size(), (System.nanoTime() - start) / 1e9, workers, dir, published);
        }
        return 0;
    }

    private MiniBatch miniBatch(List<ZeroCostProxy> proxies, ImageTask task) {
        boolean needed = proxies.stream().anyMatch(ZeroCostProxy::needsData);
        if (data == null) {
            if (needed) {
                throw new InputException("--proxy " + proxy + " looks at images, and CIFAR and ImageNet16-120 images are not"
                        + " shipped; pass --data gaussian for noise of the right shape");
            }
            return null;
        }
        if (!data.equals("gaussian")) {
            throw new InputException("--data: with a table dataset only 'gaussian' is available, got '" + data + "'");
        }
        return MiniBatch.gaussian(task, batch, seed);
    }

    private Nb201Benchmark userTable() {
        try {
            return Nb201Benchmark.fromUserTable(table);
        } catch (TableFormatException | IllegalArgumentException e) {
            throw new InputException("--table: " + e.getMessage(), e);
        }
    }

    /**
     * The cells a sample is drawn from, in index order: every cell for a complete table (so the
     * shipped table's samples stay what they were), else those with a value in the report column.
     */
    private int[] candidates(MetricTable rows, String reportColumn) {
        Nb201Space nb201 = Nb201Space.instance();
        int[] listed = new int[Nb201Cell.COUNT];
        int count = 0;
        for (int i = 0; i < Nb201Cell.COUNT; i++) {
            int row = rows.row(nb201.cell(i).key());
            if (row >= 0 && !Double.isNaN(rows.value(reportColumn, row))) {
                listed[count++] = i;
            }
        }
        if (count < sample) {
            throw new InputException("--sample " + sample + " is more than the " + count + " cells " + rows.source()
                    + " has a " + reportColumn + " value for");
        }
        return Arrays.copyOf(listed, count);
    }

    /** {@code sample} distinct cells of {@code order} by a partial Fisher–Yates shuffle seeded by --seed. */
    private List<Nb201Cell> sampleCells(int[] order) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Nb201Cell> cells = new ArrayList<>(sample);
        for (int i = 0; i < sample; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            cells.add(Nb201Space.instance().cell(order[i]));
        }
        return cells;
    }

    private Map<String, Object> settings(Nb201Dataset ds, List<ZeroCostProxy> proxies, Nb201Skeleton skeleton,
            MiniBatch images, Nb201Benchmark bench, String reportColumn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("space", space);
        m.put("dataset", ds.id());
        m.put("report", table == null && reportColumn.equals(Nb201Tasks.testColumn(ds))
                ? "nb201 table " + reportColumn + " (200-epoch test accuracy)"
                : bench.source() + " column " + reportColumn);
        if (table != null) {
            m.put("table", bench.dataFiles().stream().map(f -> f.name() + " sha256 " + f.sha256()).toList());
        }
        m.put("proxies", proxies.stream().map(ZeroCostProxy::name).toList());
        m.put("sample", sample);
        m.put("seed", seed);
        m.put("channels", skeleton.width());
        m.put("cellsPerStage", skeleton.cellsPerStage());
        m.put("input", Nb201Tasks.of(ds).toString());
        m.put("initialWeights", "PyTorch default, U(-1/sqrt(fan_in), 1/sqrt(fan_in)), seeded per architecture");
        m.put("miniBatch", images == null ? "none" : images.source() + ", " + images.size() + " images");
        return m;
    }

    /** Writes the settings into the new folder, or checks that the survey in it has the same ones. */
    private static void prepare(Path dir, Map<String, Object> settings) throws IOException {
        Path manifest = dir.resolve("proxies.json");
        String text = Json.writePretty(settings);
        if (Files.exists(manifest)) {
            if (!Files.readString(manifest).equals(text)) {
                throw new InputException(dir + " holds a survey with other settings; use another --out or remove it");
            }
            return;
        }
        AtomicFiles.write(manifest, text);
    }

    private static void writeCorrelation(Path dir, Nb201Dataset ds, String reportColumn,
            Map<String, RankCorrelation> correlations, boolean published) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(correlations.values().iterator().next().toMap());
        m.put("proxy", correlations.keySet().iterator().next());
        m.put("accuracy", reportColumn);
        Map<String, Object> byProxy = new LinkedHashMap<>();
        correlations.forEach((name, c) -> {
            Map<String, Object> entry = new LinkedHashMap<>(c.toMap());
            entry.put("published_spearman", published ? Nb201Tasks.publishedSpearman(name, ds) : Double.NaN);
            byProxy.put(name, entry);
        });
        m.put("byProxy", byProxy);
        AtomicFiles.write(dir.resolve("correlation.json"), Json.writePretty(m));
    }

    private void print(Nb201Dataset ds, Map<String, RankCorrelation> correlations, int scores, double seconds, int workers,
            Path dir, boolean published) {
        PrintWriter w = command.commandLine().getOut();
        w.printf(Locale.ROOT, "zero-cost proxies on %d random nb201 cells, %s (%s), seed %d%n", sample, ds.id(),
                Nb201Tasks.of(ds), seed);
        w.printf(Locale.ROOT, "%n  %-10s %6s %9s %9s %10s%n", "proxy", "n", "spearman", "kendall", "published");
        correlations.forEach((name, c) -> {
            double anchor = published ? Nb201Tasks.publishedSpearman(name, ds) : Double.NaN;
            w.printf(Locale.ROOT, "  %-10s %6d %9.4f %9.4f %10s%n", name, c.n(), c.spearman(), c.kendall(),
                    Double.isNaN(anchor) ? "-" : String.format(Locale.ROOT, "%.3f", anchor));
        });
        w.printf(Locale.ROOT, "%n%d scores in %.1f s on %d threads (%.1f ms each)%n", scores, seconds, workers,
                1000 * seconds * workers / Math.max(1, scores));
        w.println(published ? "published: Abdelfattah et al. (ICLR 2021), over all 15,625 cells; ours is a random sample"
                : "correlated with " + reportMetric + "; published values are for the built-in test accuracy only");
        w.println("wrote " + dir + "/{proxies.csv, correlation.json, proxies.json}");
        w.flush();
    }
}
