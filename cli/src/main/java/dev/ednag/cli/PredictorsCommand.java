package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.json.Json;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.study.Problem;
import dev.ednag.study.predictors.PredictorReport;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.Surrogate;
import dev.ednag.surrogate.model.Surrogates;
import dev.ednag.surrogate.protocol.PredictorProtocol;
import dev.ednag.surrogate.protocol.PredictorTrial;
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
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag predictors}: how well each surrogate on each encoding ranks a benchmark's cells from n labels. */
@Command(name = "predictors",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Measures performance predictors with the protocol of White et al. (NeurIPS 2021): each surrogate, on "
                + "each encoding, is fitted on n cells drawn uniformly from the benchmark and labelled with its "
                + "search metric (validation under the blackbox protocol), then ranks every other cell. Reports "
                + "Kendall's tau and Spearman's rho over the seeds, and the time of one fit.",
            "",
            "Writes to the output folder: predictors.csv (one row per encoding, surrogate, n and seed), "
                + "predictors.md (means with 95%% intervals and median fit times), kendall.png (tau against n) "
                + "and predictors.json (the settings).",
            ""},
        footer = {"",
            "Surrogates: mlp-ensemble (BANANAS: 5 networks of 10 x 20), gp (RBF kernel, grid-searched length and "
                + "noise). Encodings: onehot everywhere; path on nb201, tnb101-micro and the NB101 sample; "
                + "arch2vec (the learned embedding GNE-NAS searches in) on nb201 and tnb101-micro.",
            "The same n cells train every surrogate at a given seed, so rows pair up. Results do not depend on "
                + "--threads; fit times do.",
            "",
            "Exit codes: 0 done, 2 bad input (nothing written), 1 internal error."})
final class PredictorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--benchmark", paramLabel = "NAME", defaultValue = "nb201",
            description = "Benchmark table whose cells are ranked (default: ${DEFAULT-VALUE}).")
    String benchmark;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset or task (default: the benchmark's first).")
    String dataset;

    @Option(names = "--encodings", paramLabel = "A,B", split = ",",
            description = "Encodings (default: every one the space has).")
    List<String> encodings;

    @Option(names = "--surrogates", paramLabel = "A,B", split = ",", defaultValue = "mlp-ensemble,gp",
            description = "Surrogates (default: ${DEFAULT-VALUE}).")
    List<String> surrogates;

    @Option(names = "--sizes", paramLabel = "N,M", split = ",", defaultValue = "10,25,50,100,200,400",
            description = "Training set sizes n (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20", description = "Seeds per size (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--first-seed", paramLabel = "N", defaultValue = "1", description = "First seed (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ednag-runs/predictors-<benchmark>-<dataset>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Fits run in parallel (default: all cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no table.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (seeds < 1 || seeds > 10_000) {
            throw new InputException("--seeds must be between 1 and 10000, got " + seeds);
        }
        int workers = Workers.resolve(threads);
        Benchmark bench = InputException.parsing(() -> Benchmarks.get(benchmark), "--benchmark");
        String ds = InputException.parsing(() -> bench.dataset(dataset != null ? dataset : bench.datasets().get(0)),
                "--dataset");
        Problem problem = InputException.parsing(() -> Problem.of(bench, ds, Protocol.BLACKBOX), null);
        SearchSpace space = problem.space();
        List<? extends Architecture> all = space.enumerate().orElseThrow(() -> new InputException(
                "--benchmark " + bench.name() + ": its space is too large to list, so there are no held-out cells to rank"));
        List<Encoding> features = new ArrayList<>();
        for (String name : encodings != null ? encodings : Encodings.namesFor(space)) {
            features.add(InputException.parsing(() -> Encodings.of(name, space), "--encodings"));
        }
        List<Surrogate> models = new ArrayList<>();
        for (String name : surrogates) {
            models.add(InputException.parsing(() -> Surrogates.of(name), "--surrogates"));
        }
        PredictorProtocol protocol = labelled(problem, all);
        long[] seedList = new long[seeds];
        for (int i = 0; i < seeds; i++) {
            seedList[i] = firstSeed + i;
        }
        for (int n : sizes) {
            if (n < 2 || n > protocol.cells().size() - 2) {
                throw new InputException("--sizes: " + n + " must be in 2.." + (protocol.cells().size() - 2) + " for the "
                        + protocol.cells().size() + " labelled cells of " + bench.name());
            }
        }
        Path dir = out != null ? out : Path.of("ednag-runs", "predictors-" + bench.name() + "-"
                + ds.replaceAll("[^A-Za-z0-9._-]", "_"));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out '" + dir + "' exists and is not a folder");
        }
        long total = (long) features.size() * models.size() * sizes.length * seeds;
        ProgressBar bar = new ProgressBar(System.err, !quiet && ProgressBar.interactive());
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        List<PredictorTrial> trials;
        try {
            trials = protocol.run(features, models, sizes, seedList, workers,
                    t -> bar.drawRuns(done.incrementAndGet(), total, start));
        } finally {
            bar.finish();
        }
        Files.createDirectories(dir);
        String title = bench.name() + " " + ds + ", labels " + problem.search().name();
        PredictorReport.write(dir, title, trials);
        AtomicFiles.write(dir.resolve("predictors.json"), Json.writePretty(settings(bench, ds, problem, features, models,
                protocol.cells().size(), seedList)));
        if (!quiet) {
            PrintWriter pw = command.commandLine().getOut();
            pw.printf(Locale.ROOT, "%-10s %-14s %5s %18s %18s %10s%n", "encoding", "surrogate", "n", "Kendall tau",
                    "Spearman rho", "fit ms");
            for (PredictorReport.Row r : PredictorReport.summarize(trials)) {
                pw.printf(Locale.ROOT, "%-10s %-14s %5d %11.3f ± %.3f %11.3f ± %.3f %10.1f%n", r.encoding(),
                        r.surrogate(), r.n(), r.kendall().mean(), r.kendall().halfWidth95(), r.spearman().mean(),
                        r.spearman().halfWidth95(), r.fitMillis().median());
            }
            pw.printf(Locale.ROOT, "%d fits in %.1f s on %d threads; wrote %s/{%s, %s, %s, predictors.json}%n",
                    trials.size(), (System.nanoTime() - start) / 1e9, workers, dir, PredictorReport.CSV,
                    PredictorReport.MARKDOWN, PredictorReport.CHART);
            pw.flush();
        }
        return 0;
    }

    /** Every cell the table can evaluate, labelled with the blackbox search metric. */
    private static PredictorProtocol labelled(Problem problem, List<? extends Architecture> all) {
        List<Evaluation> evaluations = problem.oracle().evaluate(all);
        List<Architecture> cells = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Evaluation e = evaluations.get(i);
            if (e.isOk() && Double.isFinite(e.search())) {
                cells.add(all.get(i));
                labels.add(problem.search().goal().toMaximized(e.search()));
            }
        }
        return new PredictorProtocol(cells, labels.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private Map<String, Object> settings(Benchmark bench, String ds, Problem problem, List<Encoding> features,
            List<Surrogate> models, int cells, long[] seedList) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", bench.name());
        m.put("dataset", ds);
        m.put("labels", problem.search().name());
        m.put("labelsMaximized", true);
        m.put("cells", cells);
        m.put("encodings", features.stream().map(Encoding::name).toList());
        Map<String, Object> s = new LinkedHashMap<>();
        for (Surrogate model : models) {
            s.put(model.name(), model.configuration());
        }
        m.put("surrogates", s);
        m.put("sizes", Arrays.stream(sizes).boxed().toList());
        m.put("seeds", Arrays.stream(seedList).boxed().toList());
        return m;
    }
}
