package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.study.Problem;
import dev.ednag.study.Study;
import dev.ednag.study.StudyOptimizers;
import dev.ednag.study.StudyPlan;
import dev.ednag.study.StudyRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag study}: many seeds of several optimizers under one protocol, with a report. */
@Command(name = "study",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs optimizers x datasets x budgets x seeds under one protocol, in parallel over runs, and writes "
                + "a report a paper can use.",
            "",
            "Writes to the output folder: runs.csv (one row per run), anytime.csv (the incumbent's report value "
                + "after each unique query, as change points), study.json (the manifest: every configuration, "
                + "the seeds, data hashes, versions), report.md (tables with 95%% intervals, hit rates, paired "
                + "tests, published anchors) and one anytime plot per dataset. Every run is logged to "
                + "runs.jsonl as it finishes; re-running the same command skips the finished runs.",
            ""},
        footer = {"",
            "The budget counts unique architectures evaluated; repeats are free. Every optimizer sees only the "
                + "search metric. Results do not depend on --threads.",
            "",
            "Exit codes: 0 done, 2 bad input (nothing run), 1 internal error."})
final class StudyCommand implements Callable<Integer> {

    static final String DEFAULT_OPTIMIZERS = "ednag,rea,rs,reinforce,ls,diffevo";

    @Spec
    CommandSpec command;

    @Option(names = "--benchmark", paramLabel = "NAME",
            description = "Tabular benchmark (default: nb201, or the table of --space). Known: ${COMPLETION-CANDIDATES}; "
                    + "'ednag spaces' lists their datasets and metrics.", completionCandidates = BenchmarkNames.class)
    String benchmark;

    @Option(names = "--space", paramLabel = "NAME",
            description = "Study a search space instead of naming a table: one with a table is studied on it (nb201, "
                    + "tnb101-*, nb101 on nb101-sample, darts on nb301-sample); one without (mobilenetv3, autoformer-*) "
                    + "on its analytic cost, --search-metric params (default) or flops, where the optimum is unknown, so"
                    + " the report compares the values found and leaves regret and hits out.",
            completionCandidates = SpaceNames.class)
    String space;

    @Mixin
    TableOptions tables;

    @Option(names = "--datasets", paramLabel = "A,B", split = ",",
            description = "Datasets, or TransNAS tasks (default: all of the benchmark's; nb201: cifar10, cifar100, "
                    + "ImageNet16-120; tnb101-*: class_object, class_scene, autoencoder, normal, segmentsemantic, "
                    + "room_layout, jigsaw).")
    List<String> datasets;

    @Option(names = "--optimizers", paramLabel = "A,B", split = ",",
            description = "Optimizers; the first is the reference of the paired tests (default: " + DEFAULT_OPTIMIZERS
                    + ", less those the benchmark's space cannot run: rea, ls and reinforce need a space of "
                    + "categorical choices, which the NB101/NB301 samples are not).")
    List<String> optimizers;

    @Option(names = "--budgets", paramLabel = "N,M", split = ",", defaultValue = "50,100,150,300,1000",
            description = "Unique-architecture budgets (default: ${DEFAULT-VALUE}).")
    List<Long> budgets;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "100",
            description = "Runs per optimizer, dataset and budget (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--first-seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds are first-seed, first-seed+1, … (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--protocol", paramLabel = "oracle|blackbox", defaultValue = "blackbox",
            description = "What the optimizers may see (default: ${DEFAULT-VALUE}); as in 'ednag generate'.")
    String protocol;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: ednag-studies/<benchmark>-<protocol>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs executed at once (default: all cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (seeds < 1 || seeds > 1_000_000) {
            throw new InputException("--seeds must be between 1 and 1000000, got " + seeds);
        }
        int workers = Workers.resolve(threads);
        Protocol p = InputException.parsing(() -> Protocol.parse(protocol), "--protocol");
        Map<String, Problem> problems;
        SearchSpace searched;
        String name;
        if (space != null && benchmark == null && tableOf(space()) == null) {
            searched = space();
            problems = costProblems(searched, p);
            name = searched.name();
        } else {
            Benchmark bench = benchmark();
            problems = problems(bench, p);
            searched = bench.space();
            name = tables.table == null ? bench.name() : "table " + tables.table.getFileName();
        }
        List<String> optimizerList = optimizers(searched, name);
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(firstSeed + i);
        }
        StudyPlan plan = InputException.parsing(() -> new StudyPlan(name, p, List.copyOf(problems.keySet()),
                optimizerList, budgets, seedList), null);
        Path dir = out != null ? out : Path.of("ednag-studies", defaultFolder(name, p));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out '" + dir + "' exists and is not a folder");
        }
        ProgressBar bar = new ProgressBar(System.err, !quiet && ProgressBar.interactive());
        long start = System.nanoTime();
        Study.Outcome outcome;
        try {
            outcome = Study.run(plan, problems, dir, workers, progress(bar, start));
        } finally {
            bar.finish();
        }
        if (!quiet) {
            PrintWriter pw = command.commandLine().getOut();
            pw.printf(Locale.ROOT, "%d runs (%d run now, %d from the log) in %.1f s on %d threads%n",
                    outcome.runs().size(), outcome.executed(), outcome.runs().size() - outcome.executed(),
                    outcome.wallMillis() / 1000.0, workers);
            pw.println("Wrote " + dir);
            pw.flush();
        }
        return 0;
    }

    /** The benchmark named, the table of --space, or the user's table of its cells. */
    private Benchmark benchmark() {
        String name = benchmark != null ? benchmark : space == null ? Nb201Benchmark.NAME : tableOf(space());
        Benchmark bench = InputException.parsing(() -> Benchmarks.get(name), "--benchmark");
        if (space != null && !Benchmarks.forSpace(space().name()).contains(bench.name())) {
            throw new InputException("--benchmark " + bench.name() + " does not evaluate space '" + space + "'");
        }
        if (tables.table == null) {
            return bench;
        }
        if (!bench.name().equals(Nb201Benchmark.NAME)) {
            throw new InputException("--table holds NB201 results (arch_str keys), so it goes with --benchmark nb201,"
                    + " not " + bench.name());
        }
        return tables.userTable();
    }

    private SearchSpace space() {
        return InputException.parsing(() -> SearchSpaces.get(space), "--space");
    }

    /** The first table of {@code searchSpace}, or null when it has none. */
    private static String tableOf(SearchSpace searchSpace) {
        return Benchmarks.forSpace(searchSpace.name()).stream().findFirst().orElse(null);
    }

    /** {@code <benchmark>-<protocol>}, or {@code table-<file name>-<protocol>} for a user's table. */
    private String defaultFolder(String name, Protocol p) {
        if (tables.table == null) {
            return name.toLowerCase(Locale.ROOT) + "-" + p.id();
        }
        String file = tables.table.getFileName().toString().replaceAll("(\\.csv)?(\\.gz)?$", "");
        return "table-" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + p.id();
    }

    /** The one problem of a space without a table: its analytic cost, under the name {@code analytic}. */
    private Map<String, Problem> costProblems(SearchSpace searched, Protocol p) {
        if (tables.table != null || tables.reportMetric != null || tables.minimize != null || datasets != null) {
            throw new InputException("space '" + searched.name() + "' has no benchmark table, so --table, --datasets, "
                    + "--report-metric and --minimize do not apply; it is studied on its analytic cost (--search-metric "
                    + "params or flops)");
        }
        Map<String, Problem> problems = new LinkedHashMap<>();
        problems.put(Problem.ANALYTIC, InputException.parsing(() -> Problem.cost(searched, tables.searchMetric, p),
                "--search-metric"));
        return problems;
    }

    private Map<String, Problem> problems(Benchmark bench, Protocol p) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (String name : datasets == null ? bench.datasets() : datasets) {
            String ds = InputException.parsing(() -> bench.dataset(name.trim()), "--datasets");
            if (problems.containsKey(ds)) {
                throw new InputException("--datasets names " + ds + " twice");
            }
            String display = tables.table == null ? bench.name() : TableOptions.displayName((Nb201Benchmark) bench);
            problems.put(ds, tables.problem(bench, ds, p, display));
        }
        return problems;
    }

    /** The optimizers asked for, or the default ones the space can run. */
    private List<String> optimizers(SearchSpace searched, String name) {
        if (optimizers == null) {
            return List.of(DEFAULT_OPTIMIZERS.split(",")).stream()
                    .filter(o -> StudyOptimizers.runsOn(o, searched)).toList();
        }
        for (String o : optimizers) {
            if (!StudyOptimizers.names().contains(o)) {
                throw new InputException("--optimizers: unknown optimizer '" + o + "'; known: "
                        + String.join(", ", StudyOptimizers.names()));
            }
            if (!StudyOptimizers.runsOn(o, searched)) {
                throw new InputException("--optimizers: " + o + " cannot run on " + name + " (space '"
                        + searched.name() + "'): " + StudyOptimizers.requirement(o));
            }
        }
        return optimizers;
    }

    private static StudyRunner.Progress progress(ProgressBar bar, long start) {
        return (done, total, record) -> bar.drawRuns(done, total, start);
    }
}
