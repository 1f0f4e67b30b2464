package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.benchmarks.Protocol;
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

    @Option(names = "--benchmark", paramLabel = "NAME", defaultValue = "nb201",
            description = "Tabular benchmark (default: ${DEFAULT-VALUE}). Known: ${COMPLETION-CANDIDATES}; "
                    + "'ednag spaces' lists their datasets and metrics.", completionCandidates = BenchmarkNames.class)
    String benchmark;

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
        Benchmark bench = InputException.parsing(() -> Benchmarks.get(benchmark), "--benchmark");
        if (seeds < 1 || seeds > 1_000_000) {
            throw new InputException("--seeds must be between 1 and 1000000, got " + seeds);
        }
        int workers = Workers.resolve(threads);
        Protocol p = InputException.parsing(() -> Protocol.parse(protocol), "--protocol");
        Map<String, Problem> problems = problems(bench, p);
        List<String> optimizerList = optimizers(bench);
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(firstSeed + i);
        }
        StudyPlan plan = InputException.parsing(() -> new StudyPlan(benchmark.toLowerCase(Locale.ROOT), p,
                List.copyOf(problems.keySet()), optimizerList, budgets, seedList), null);
        Path dir = out != null ? out : Path.of("ednag-studies", plan.benchmark() + "-" + p.id());
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

    private Map<String, Problem> problems(Benchmark bench, Protocol p) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (String name : datasets == null ? bench.datasets() : datasets) {
            String ds = InputException.parsing(() -> bench.dataset(name.trim()), "--datasets");
            if (problems.containsKey(ds)) {
                throw new InputException("--datasets names " + ds + " twice");
            }
            problems.put(ds, InputException.parsing(() -> Problem.of(bench, ds, p), null));
        }
        return problems;
    }

    /** The optimizers asked for, or the default ones the space can run. */
    private List<String> optimizers(Benchmark bench) {
        if (optimizers == null) {
            return List.of(DEFAULT_OPTIMIZERS.split(",")).stream()
                    .filter(o -> StudyOptimizers.runsOn(o, bench.space())).toList();
        }
        for (String o : optimizers) {
            if (!StudyOptimizers.names().contains(o)) {
                throw new InputException("--optimizers: unknown optimizer '" + o + "'; known: "
                        + String.join(", ", StudyOptimizers.names()));
            }
            if (!StudyOptimizers.runsOn(o, bench.space())) {
                throw new InputException("--optimizers: " + o + " needs a space of categorical choices to mutate or"
                        + " walk, and " + bench.name() + " searches '" + bench.space().name() + "', which has none");
            }
        }
        return optimizers;
    }

    private static StudyRunner.Progress progress(ProgressBar bar, long start) {
        return (done, total, record) -> bar.drawRuns(done, total, start);
    }
}
