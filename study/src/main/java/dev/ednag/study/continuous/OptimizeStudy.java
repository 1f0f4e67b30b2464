package dev.ednag.study.continuous;

import dev.ednag.continuous.ContinuousOptimizer;
import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.metrics.OptimaFound;
import dev.ednag.continuous.metrics.TopKMetrics;
import dev.ednag.continuous.problems.ContinuousProblem;
import dev.ednag.continuous.problems.KnownOptima;
import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.json.Json;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.study.Versions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an {@link OptimizePlan} and writes what {@code ednag optimize} promises: {@code runs.csv}
 * (appended as each run finishes, so a crash loses at most the runs in flight; re-running the same
 * plan into the same folder skips the finished ones), {@code results.csv} and {@code results.md},
 * {@code fitness.png} and {@code entropy.png}, one {@code population-<method>.png} per method for
 * 2-D problems (the first seed's run), and the manifest {@code optimize.json}.
 * Results do not depend on the number of threads: each run is a function of its seed alone.
 */
public final class OptimizeStudy {

    public static final String MANIFEST = "optimize.json";
    public static final String RUNS = "runs.csv";

    /** Told after every finished run. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, OptimizeRun run);
    }

    /**
     * @param runs       every run, in method then seed order
     * @param executed   how many ran now (the rest came from an earlier, interrupted study)
     * @param summaries  one per method
     * @param wallMillis the study's wall time
     */
    public record Outcome(List<OptimizeRun> runs, int executed, List<MethodSummary> summaries, long wallMillis) {}

    private OptimizeStudy() {}

    /**
     * @throws IllegalArgumentException if {@code dir} holds a study of other settings
     */
    public static Outcome run(OptimizePlan plan, Path dir, int threads, Progress progress) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        Map<String, Object> configuration = plan.configuration();
        Map<String, OptimizeRun> done = finishedRuns(plan, dir);
        writeManifest(dir, configuration, false, 0);
        Path runsFile = dir.resolve(RUNS);
        AtomicFiles.write(runsFile, csv(new ArrayList<>(done.values())));

        List<String[]> todo = new ArrayList<>();
        for (String method : plan.methods()) {
            for (long seed : plan.seeds()) {
                if (!done.containsKey(key(method, seed))) {
                    todo.add(new String[] {method, Long.toString(seed)});
                }
            }
        }
        int total = plan.methods().size() * plan.seeds().size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (BufferedWriter out = Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            List<Future<OptimizeRun>> futures = new ArrayList<>();
            for (String[] t : todo) {
                futures.add(pool.submit(() -> runOnce(plan, t[0], Long.parseLong(t[1]))));
            }
            int finished = done.size();
            for (Future<OptimizeRun> f : futures) {
                OptimizeRun r = get(f);
                out.write(OptimizeRunsCsv.row(r));
                out.write('\n');
                out.flush();
                done.put(key(r.method(), r.seed()), r);
                finished++;
                if (progress != null) {
                    progress.update(finished, total, r);
                }
            }
            if (plan.problem().dim() == 2) {
                drawPopulations(plan, dir, pool);
            }
        } finally {
            pool.shutdownNow();
        }

        List<OptimizeRun> runs = new ArrayList<>(done.values());
        runs.sort(Comparator.comparing((OptimizeRun r) -> plan.methods().indexOf(r.method()))
                .thenComparing(r -> plan.seeds().indexOf(r.seed())));
        AtomicFiles.write(runsFile, csv(runs));
        Map<String, List<OptimizeRun>> byMethod = new LinkedHashMap<>();
        for (OptimizeRun r : runs) {
            byMethod.computeIfAbsent(r.method(), m -> new ArrayList<>()).add(r);
        }
        List<MethodSummary> summaries = OptimizeReport.summaries(plan.methods(), byMethod);
        writeReport(plan, dir, summaries, byMethod);
        long wall = (System.nanoTime() - start) / 1_000_000;
        writeManifest(dir, configuration, true, wall);
        return new Outcome(runs, todo.size(), summaries, wall);
    }

    /** One run and its scores; the trace is not kept. */
    static OptimizeRun runOnce(OptimizePlan plan, String method, long seed) {
        ContinuousProblem problem = plan.problem();
        ContinuousOptimizer optimizer = plan.optimizer(method);
        long t0 = System.nanoTime();
        ContinuousOutcome outcome = optimizer.optimize(problem.fitness(), problem.dim(), new RandomStreams(seed), false);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        TopKMetrics metrics = TopKMetrics.of(outcome);
        OptionalInt optima = OptimaFound.count(problem, outcome, plan.radius());
        double best = Double.NEGATIVE_INFINITY;
        for (double f : outcome.rankingFitness()) {
            best = Math.max(best, f);
        }
        return new OptimizeRun(method, problem.name(), problem.dim(), seed, outcome.evaluations(), metrics.fitness(),
                metrics.entropy(), optima, OptimaFound.held(problem, outcome), best, wall);
    }

    /** The first seed's run of each method again, keeping its trace, drawn over the landscape. */
    private static void drawPopulations(OptimizePlan plan, Path dir, ExecutorService pool) throws IOException {
        ContinuousProblem problem = plan.problem();
        FitnessGrid grid = FitnessGrid.evaluate(problem.fitness(), problem.plotLimit());
        List<double[]> optima = problem.optima().map(KnownOptima::points).orElse(List.of());
        long seed = plan.seeds().get(0);
        List<Future<Void>> drawn = new ArrayList<>();
        for (String method : plan.methods()) {
            drawn.add(pool.submit(() -> {
                ContinuousOutcome o = plan.optimizer(method).optimize(problem.fitness(), 2, new RandomStreams(seed),
                        true);
                PopulationFrames.write(dir.resolve("population-" + method + ".png"), o.trace(), grid, optima,
                        method + " on " + problem.name() + ", seed " + seed, PopulationFrames.DEFAULT_FRAMES);
                return null;
            }));
        }
        for (Future<Void> f : drawn) {
            get(f);
        }
    }

    private static void writeReport(OptimizePlan plan, Path dir, List<MethodSummary> summaries,
            Map<String, List<OptimizeRun>> byMethod) throws IOException {
        AtomicFiles.write(dir.resolve("results.csv"), OptimizeReport.csv(summaries));
        AtomicFiles.write(dir.resolve("results.md"), markdown(plan, summaries, byMethod));
        List<String> methods = summaries.stream().map(MethodSummary::method).toList();
        MethodBars.write(dir.resolve("fitness.png"), "Top-64 fitness on " + plan.problem().name(), "top-64 fitness",
                methods, summaries.stream().mapToDouble(s -> s.fitness().mean()).toArray(),
                summaries.stream().mapToDouble(s -> s.fitness().sd()).toArray());
        MethodBars.write(dir.resolve("entropy.png"), "Top-64 entropy on " + plan.problem().name(),
                "top-64 entropy (bits)", methods, summaries.stream().mapToDouble(s -> s.entropy().mean()).toArray(),
                summaries.stream().mapToDouble(s -> s.entropy().sd()).toArray());
    }

    /** The report: the settings in a sentence, the table, and the tests against the first method. */
    public static String markdown(OptimizePlan plan, List<MethodSummary> summaries,
            Map<String, List<OptimizeRun>> byMethod) {
        ContinuousProblem p = plan.problem();
        List<Long> seeds = plan.seeds();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(p.name()).append(" (").append(p.dim()).append("-D)\n\n");
        sb.append(p.description()).append("\n\n");
        sb.append(String.format(java.util.Locale.ROOT,
                "%d seeds (%d to %d); population %d, %d steps, so at most %d evaluations per run; start N(0, %s²) "
                        + "per coordinate. Members are ranked by fitness (Diffusion Evolution: that of its final x̂0 "
                        + "estimate); top-64 entropy is over their positions snapped to a 0.1 grid.",
                seeds.size(), seeds.get(0), seeds.get(seeds.size() - 1), plan.de().population(), plan.de().steps(),
                (long) plan.de().population() * plan.de().steps(), number(plan.de().scaling())));
        p.optima().ifPresent(o -> sb.append(String.format(java.util.Locale.ROOT,
                " An optimum counts as found when a final member lies within %s of it, and as held when at least "
                        + "%d final members lie within %s of it (the spec's mode coverage).", number(plan.radius()),
                OptimaFound.HELD_MEMBERS, number(OptimaFound.HELD_RADIUS))));
        sb.append("\n\n");
        sb.append(OptimizeReport.table(summaries, p.optima().map(KnownOptima::describe)));
        String tests = OptimizeReport.tests(plan.methods(), byMethod);
        if (!tests.isEmpty()) {
            sb.append("\nTwo-sided Mann–Whitney tests (runs are independent samples):\n\n").append(tests);
        }
        return sb.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The finished runs of an earlier study of the same plan in {@code dir}, by method and seed;
     * none for a new folder.
     *
     * @throws IllegalArgumentException if {@code dir} holds a study of other settings, or its
     *                                  runs cannot be read
     */
    public static Map<String, OptimizeRun> finishedRuns(OptimizePlan plan, Path dir) {
        Map<String, OptimizeRun> done = new LinkedHashMap<>();
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return done;
        }
        try {
            return finishedRuns(plan, dir, manifest, done);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the earlier study in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, OptimizeRun> finishedRuns(OptimizePlan plan, Path dir, Path manifest,
            Map<String, OptimizeRun> done) throws IOException {
        Object stored = Json.parseObject(Files.readString(manifest)).get("plan");
        if (!Json.write(stored).equals(Json.write(Json.parse(Json.write(plan.configuration()))))) {
            throw new IllegalArgumentException(dir + " holds a study with other settings (" + MANIFEST
                    + "); choose another output folder or delete it");
        }
        Path runs = dir.resolve(RUNS);
        if (Files.exists(runs)) {
            for (OptimizeRun r : OptimizeRunsCsv.parse(Files.readString(runs))) {
                done.put(key(r.method(), r.seed()), r);
            }
        }
        return done;
    }

    private static void writeManifest(Path dir, Map<String, Object> configuration, boolean complete, long wall)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", "optimize");
        m.put("complete", complete);
        if (complete) {
            m.put("wall_ms", wall);
        }
        m.put("plan", configuration);
        m.put("versions", Versions.all());
        AtomicFiles.write(dir.resolve(MANIFEST), Json.writePretty(m) + "\n");
    }

    private static String csv(List<OptimizeRun> runs) {
        StringBuilder sb = new StringBuilder(OptimizeRunsCsv.HEADER).append('\n');
        for (OptimizeRun r : runs) {
            sb.append(OptimizeRunsCsv.row(r)).append('\n');
        }
        return sb.toString();
    }

    private static String key(String method, long seed) {
        return method + "#" + seed;
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
