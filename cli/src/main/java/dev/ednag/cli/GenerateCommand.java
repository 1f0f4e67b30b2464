package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.ednag.EdnagConfig;
import dev.ednag.core.ednag.EdnagOptimizer;
import dev.ednag.core.ednag.EdnagVariant;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.surrogate.search.EdnagPredictor;
import dev.ednag.surrogate.search.EdnagPredictorConfig;
import dev.ednag.surrogate.search.SurrogateDefaults;
import dev.ednag.core.eval.JournalMismatchException;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.io.FolderLock;
import dev.ednag.core.fitness.ScaledStretch;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.neural.nb201.Nb201Skeleton;
import dev.ednag.neural.proxy.ZeroCostProxies;
import dev.ednag.neural.proxy.ZeroCostProxy;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.study.DenoisingChart;
import dev.ednag.study.Problem;
import dev.ednag.study.RunArtifacts;
import dev.ednag.study.RunContext;
import dev.ednag.study.RunIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag generate}: one EDNAG run on a benchmark table, with its result, trace, journal and plot. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Generates architectures with EDNAG in any built-in search space and prints the best ones: on a "
                + "benchmark table where the space has one, else on the space's analytic params or FLOPs.",
            "",
            "Writes to the output folder: result.json (manifest and top architectures), trace.csv (one row "
                + "per denoising iteration), journal.jsonl (every evaluation, appended as it completes) and "
                + "denoising.png. Re-running the same command replays the journal: a killed run continues "
                + "where it stopped and ends exactly as an uninterrupted one.",
            ""},
        footer = {"",
            "Protocols: 'oracle' is the EDNAG paper's: the optimizer's fitness is the benchmark's test metric. "
                + "'blackbox' is the field's standard: the optimizer sees a validation metric only (NB201 "
                + "cifar10: the 200-epoch cifar10-valid split; cifar100 and ImageNet16-120: 12-epoch "
                + "validation), and the test metric of what it found is reported, never shown to it. TransNAS "
                + "and the NB101/NB301 samples have validation values only: both protocols search and report "
                + "them, and the output says so.",
            "",
            "Metric names: nb201: test, valid, valid12, test12, params, flops; TransNAS: valid (room_layout is a "
                + "loss x 100, minimised); samples: valid, params, flops; any numeric column of the table works too.",
            "",
            "Exit codes: 0 done, 2 bad input (nothing written), 1 internal error."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    private static final int MAX_POPULATION = 100_000;
    private static final int MAX_STEPS = 1_000_000;

    /** The --variant that runs predictor-guided EDNAG, which lives beside the EDNAG variants. */
    private static final String PREDICTOR = "predictor";

    @Option(names = "--space", paramLabel = "NAME", defaultValue = "nb201",
            description = "Search space (default: ${DEFAULT-VALUE}). Known: ${COMPLETION-CANDIDATES}; 'ednag spaces'"
                    + " describes them.", completionCandidates = SpaceNames.class)
    String space;

    @Option(names = "--benchmark", paramLabel = "NAME",
            description = "Table to evaluate on (default: the space's own: nb201, tnb101-micro, tnb101-macro, "
                    + "nb101-sample for nb101, nb301-sample for darts). Spaces without a table (mobilenetv3, "
                    + "autoformer-*) are searched on their analytic params or flops.")
    String benchmark;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Dataset or task (default: the benchmark's first: cifar10 for nb201 and the samples, "
                    + "class_object for TransNAS; TransNAS tasks are class_object, class_scene, autoencoder, normal,"
                    + " segmentsemantic, room_layout, jigsaw).")
    String dataset;

    @Option(names = "--protocol", paramLabel = "oracle|blackbox", defaultValue = "blackbox",
            description = "What the optimizer may see (default: ${DEFAULT-VALUE}); see below.")
    String protocol;

    @Mixin
    TableOptions tables;

    @Option(names = "--fitness", paramLabel = "PROXY",
            description = "Training-free search (nb201): EDNAG's fitness is a zero-cost proxy of the real, untrained "
                    + "network instead of a table: synflow, jacob_cov, naswot, grad_norm, snip, params, flops. With a table "
                    + "--dataset the table's test accuracy is reported beside it, never shown to the search.")
    String proxyFitness;

    @Option(names = "--data", paramLabel = "SOURCE",
            description = "With --fitness: build the networks for these images instead of a table dataset: "
                    + "'fashion-mnist', an IDX folder, an image folder (one subfolder per class), or 'gaussian' "
                    + "(noise of the --dataset's shape, for the data-dependent proxies).")
    String data;

    @Option(names = "--width", paramLabel = "C",
            description = "With --fitness: skeleton channel width C of the networks scored (default: 16, the benchmark's).")
    Integer width;

    @Option(names = "--cells", paramLabel = "N",
            description = "With --fitness: cells per stage N of the networks scored (default: 5, the benchmark's). "
                    + "Search on the skeleton you will train.")
    Integer cells;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "EDNAG configuration (default: faithful, the authors' reference behaviour; budget with --fitness); 'budget'"
                    + " is the variant for few evaluations, which sets its steps from --budget (default 500);"
                    + " 'predictor' denoises on a surrogate's predictions and evaluates only the best few new cells"
                    + " of each round for real (a learned MLP ensemble, refitted every round); 'fd' and"
                    + " 'naive-diffusion' are the paper's ablations.")
    String variant;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "Alpha-table length N; N-1 denoising iterations run (faithful: 100).")
    Integer steps;

    @Option(names = "--population", paramLabel = "N", description = "Population size P (faithful: 30).")
    Integer population;

    @Option(names = "--noise-scale", paramLabel = "X",
            description = "Multiplier of the DDPM posterior noise, 0..1 (faithful: 0.8).")
    Double noiseScale;

    @Option(names = "--temperature", paramLabel = "X",
            description = "Energy temperature of the x0 estimate's weights (faithful: 1.0).")
    Double temperature;

    @Option(names = "--fitness-factor", paramLabel = "X",
            description = "Scale applied to the search metric before EDNAG's stretch, so that good values land"
                    + " near 95 (default: the dataset's factor, 1.0 / 1.2 / 2.0).")
    Double fitnessFactor;

    @Option(names = "--mutation-rate", paramLabel = "X", description = "Probability an individual mutates (faithful: 0.6).")
    Double mutationRate;

    @Option(names = "--mutation-eta", paramLabel = "X", description = "Polynomial-mutation index (faithful: 5).")
    Double mutationEta;

    @Option(names = "--elite-rate", paramLabel = "X", description = "Fraction kept as elites (faithful: 0.1).")
    Double eliteRate;

    @Option(names = "--diversity-rate", paramLabel = "X", description = "Fraction kept for diversity (faithful: 0.2).")
    Double diversityRate;

    @Option(names = "--crossover-rate", paramLabel = "X",
            description = "Simulated binary crossover rate (faithful: 0; the reference never calls it).")
    Double crossoverRate;

    @Option(names = "--budget", paramLabel = "N",
            description = "Stop after N unique architectures have been evaluated (default: no limit).")
    Long budget;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5",
            description = "Architectures to print and record (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: ednag-runs/<space>-<dataset>-<protocol>-<variant>-seed<N>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Evaluator threads; results never depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no table; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        validateSizes();
        DenoisingChart.warmUpInBackground();
        Problem problem = problem();
        String variantName = variant != null ? variant : proxyFitness != null ? "budget" : "faithful";
        boolean predictor = variantName.equalsIgnoreCase(PREDICTOR);
        long limit = budget == null ? 0 : budget;
        FitnessTransform fitness = fitness(problem);
        Optimizer optimizer;
        int iterations;
        String variantId;
        if (predictor) {
            EdnagPredictorConfig d = SurrogateDefaults.ednagPredictor(problem.space(), fitness, limit);
            optimizer = new EdnagPredictor(d.withEdnag(InputException.parsing(() -> configure(d.ednag()), null)));
            iterations = 1 + EdnagPredictorConfig.iterationsFor(d.budget(), d.initial(), d.perStep());
            variantId = PREDICTOR;
        } else {
            EdnagVariant ednagVariant = InputException.parsing(() -> EdnagVariant.parse(variantName), "--variant");
            EdnagConfig config = InputException.parsing(
                    () -> configure(ednagVariant.config(problem.space(), fitness, limit)), null);
            optimizer = new EdnagOptimizer(config, ednagVariant.id());
            iterations = config.steps() - 1;
            variantId = ednagVariant.id();
        }
        RunContext ctx = problem.context(optimizer.name(), optimizer.configuration(), seed, limit);
        Path dir = outputDir(problem, variantId);

        Map<String, Object> identity = RunIdentity.of(ctx);
        RunSpec run = new RunSpec(problem.space(), optimizer, problem.oracle(), problem.search().goal(), seed,
                limit, dir.resolve(RunArtifacts.JOURNAL), RunIdentity.hash(identity), identity, threads);
        ProgressBar bar = new ProgressBar(System.err, !quiet && ProgressBar.interactive());
        RunResult result;
        Files.createDirectories(dir);
        try (FolderLock lock = FolderLock.acquire(dir)) {
            try {
                result = Runner.run(run, row -> bar.draw(row.step().iteration() + 1, iterations, String.format(
                        Locale.ROOT, "%d/%d iterations · %d unique architectures · best %s", row.step().iteration() + 1,
                        iterations, row.uniqueArchitectures(),
                        Double.isNaN(row.bestSearch()) ? "-" : String.format(Locale.ROOT, "%.4f", row.bestSearch()))));
            } catch (JournalMismatchException e) {
                throw new InputException(e.getMessage() + "; use another --out or remove the journal", e);
            } finally {
                bar.finish();
            }
            RunArtifacts.write(dir, ctx, result, top);
        }
        if (!quiet) {
            PrintWriter out = command.commandLine().getOut();
            ResultTable.print(out, ctx, result, top, dir);
            out.flush();
        }
        return 0;
    }

    private void validateSizes() {
        requireRange("--population", population, 2, MAX_POPULATION);
        requireRange("--steps", steps, 2, MAX_STEPS);
        requireRange("--top", top, 1, 10_000);
        requireRange("--threads", threads, 1, 1024);
        if (budget != null && budget < 1) {
            throw new InputException("--budget must be at least 1 unique architecture, got " + budget);
        }
    }

    private static void requireRange(String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InputException(option + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    private Problem problem() {
        SearchSpace searchSpace = InputException.parsing(() -> SearchSpaces.get(space), "--space");
        Protocol p = InputException.parsing(() -> Protocol.parse(protocol), "--protocol");
        if (proxyFitness != null) {
            return proxyProblem(searchSpace, p);
        }
        if (data != null) {
            throw new InputException("--data is for training-free search; add --fitness synflow (or another proxy)");
        }
        if (width != null || cells != null) {
            throw new InputException("--width and --cells shape the networks of a training-free search; add --fitness");
        }
        if (tables.table != null) {
            return userTableProblem(searchSpace, p);
        }
        String benchName = benchmark != null ? benchmark : Benchmarks.forSpace(searchSpace.name()).stream()
                .findFirst().orElse(null);
        if (benchName == null) {
            if (dataset != null || tables.reportMetric != null || tables.minimize != null) {
                throw new InputException("space '" + searchSpace.name() + "' has no benchmark table, so --dataset and"
                        + " --report-metric and --minimize do not apply; it is searched on its analytic cost (--search-metric params or"
                        + " flops)");
            }
            return InputException.parsing(() -> Problem.cost(searchSpace, tables.searchMetric, p), "--search-metric");
        }
        Benchmark bench = InputException.parsing(() -> Benchmarks.get(benchName), "--benchmark");
        if (!Benchmarks.forSpace(searchSpace.name()).contains(bench.name())) {
            throw new InputException("--benchmark " + bench.name() + " does not evaluate space '" + searchSpace.name()
                    + "'; tables for it: " + tablesFor(searchSpace));
        }
        String ds = dataset != null ? dataset : bench.datasets().get(0);
        return tables.problem(bench, ds, p, bench.name());
    }

    private static String tablesFor(SearchSpace searchSpace) {
        List<String> names = Benchmarks.forSpace(searchSpace.name());
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private Problem proxyProblem(SearchSpace searchSpace, Protocol p) {
        if (!searchSpace.name().equals(Nb201Benchmark.NAME)) {
            throw new InputException("--fitness: only nb201 cells can be built as networks so far, not '"
                    + searchSpace.name() + "'");
        }
        if (p != Protocol.BLACKBOX) {
            throw new InputException("--fitness searches on a proxy, never on the report metric: use --protocol blackbox");
        }
        if (tables.anySet() || benchmark != null || fitnessFactor != null) {
            throw new InputException("--fitness replaces the table: --table, --benchmark, --search-metric, "
                    + "--report-metric, --minimize and --fitness-factor do not apply");
        }
        ZeroCostProxy proxy = InputException.parsing(() -> ZeroCostProxies.parse(proxyFitness), "--fitness");
        Nb201Skeleton skeleton = InputException.parsing(() -> new Nb201Skeleton(
                width == null ? Nb201Skeleton.BENCHMARK.width() : width,
                cells == null ? Nb201Skeleton.BENCHMARK.cellsPerStage() : cells), null);
        return TrainingData.proxyProblem(proxy, dataset, data, skeleton, seed);
    }

    private Problem userTableProblem(SearchSpace searchSpace, Protocol p) {
        if (!searchSpace.name().equals(Nb201Benchmark.NAME)) {
            throw new InputException("--table is for NB201 tables (arch_str keys); '" + searchSpace.name()
                    + "' uses its built-in benchmark");
        }
        Nb201Dataset ds = InputException.parsing(() -> Nb201Dataset.parse(dataset == null ? "cifar10" : dataset),
                "--dataset");
        Nb201Benchmark bench = tables.userTable();
        return tables.problem(bench, ds.id(), p, TableOptions.displayName(bench));
    }

    /** The problem's EDNAG fitness, with the user's --fitness-factor where the metric has EDNAG's stretch. */
    private FitnessTransform fitness(Problem problem) {
        if (fitnessFactor == null) {
            return problem.fitness();
        }
        if (problem.fitness() instanceof ScaledStretch stretch) {
            return InputException.parsing(() -> new ScaledStretch(fitnessFactor, stretch.variant()), "--fitness-factor");
        }
        throw new InputException("--fitness-factor applies to accuracy metrics, which EDNAG stretches; the search metric '"
                + problem.search().name() + "' uses " + problem.fitness().describe());
    }

    /** The variant's configuration with the options the user set. */
    private EdnagConfig configure(EdnagConfig base) {
        EdnagConfig.Builder b = base.toBuilder();
        Optional.ofNullable(population).ifPresent(b::population);
        Optional.ofNullable(steps).ifPresent(b::steps);
        Optional.ofNullable(noiseScale).ifPresent(b::noiseScale);
        Optional.ofNullable(temperature).ifPresent(b::temperature);
        Optional.ofNullable(mutationRate).ifPresent(b::mutationRate);
        Optional.ofNullable(mutationEta).ifPresent(b::mutationEta);
        Optional.ofNullable(eliteRate).ifPresent(b::eliteRate);
        Optional.ofNullable(diversityRate).ifPresent(b::diversityRate);
        Optional.ofNullable(crossoverRate).ifPresent(b::crossoverRate);
        return b.build();
    }

    private Path outputDir(Problem problem, String variantId) {
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new InputException("--out '" + out + "' exists and is not a folder");
            }
            return out;
        }
        try {
            String what = problem.dataset().equals(Problem.ANALYTIC) ? problem.search().name() : problem.dataset();
            if (proxyFitness != null) {
                what = problem.dataset().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + problem.search().name();
            }
            return Path.of("ednag-runs", problem.space().name() + "-" + what + "-" + protocol + "-" + variantId + "-seed"
                    + seed);
        } catch (InvalidPathException e) {
            throw new InputException("cannot name an output folder after these options: " + e.getMessage());
        }
    }
}
