package dev.ednag.cli;

import dev.ednag.continuous.Density;
import dev.ednag.continuous.DiffusionEvolution;
import dev.ednag.continuous.problems.ContinuousProblem;
import dev.ednag.continuous.problems.ProblemSuite;
import dev.ednag.core.diffusion.AlphaSchedules;
import dev.ednag.core.fitness.FitnessMappings;
import dev.ednag.study.continuous.OptimizePlan;
import dev.ednag.study.continuous.OptimizeReport;
import dev.ednag.study.continuous.OptimizeStudy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag optimize}: Diffusion Evolution and its peers on a continuous benchmark function. */
@Command(name = "optimize",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs Diffusion Evolution (plain and latent) and its peers (CMA-ES, a (mu,lambda)-ES, random search) on "
                + "a continuous function, many seeds each, every method on the same evaluation budget: population "
                + "x steps.",
            "",
            "Writes to the output folder: runs.csv (one row per method and seed: evaluations, top-64 fitness, "
                + "top-64 entropy, optima found within --radius, optima held by 5 members within 0.5), results.md "
                + "and results.csv (mean +- sd per method, with rank-sum "
                + "tests against the first method), fitness.png and entropy.png (bars per method), "
                + "population-<method>.png for 2-D functions (the first seed's population over the steps on the "
                + "landscape) and optimize.json (every setting, the seeds, versions). Runs are appended to runs.csv "
                + "as they finish; re-running the same command into the same folder skips the finished ones.",
            ""},
        footer = {"",
            "The benchmark functions are scored as in the Diffusion Evolution paper: a point outside [-4, 4]^d gets "
                + "a fixed value, and the fitness is exp(-|objective - target| / (T*scale)) rescaled to [0, 1]. "
                + "Results do not depend on --threads.",
            "",
            "Exit codes: 0 done, 2 bad input (nothing run), 1 internal error."})
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--function", paramLabel = "NAME", required = true,
            description = "The function: rosenbrock, beale, himmelblau, ackley, rastrigin, rastrigin-4d, "
                    + "rastrigin-32d, rastrigin-256d, sphere, sphere-<N>d, two-peak (the density of two Gaussians "
                    + "at (-1,-1) and (1,1), sigma 0.25), two-peak-step.")
    String function;

    @Option(names = "--methods", paramLabel = "A,B", split = ",",
            description = "Methods, the first being the reference of the tests: de, latent-de, cmaes, es, rs "
                    + "(default: de,cmaes,es,rs, and latent-de after de above 2 dimensions).")
    List<String> methods;

    @Option(names = "--population", paramLabel = "N", defaultValue = "512",
            description = "Points per step or generation, for every method (default: ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "25",
            description = "Diffusion steps, and generations of the peers (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "100",
            description = "Runs per method (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--first-seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds are first-seed, first-seed+1, ... (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--noise", paramLabel = "ETA", defaultValue = "0.1",
            description = "Diffusion Evolution's noise, a multiple of the DDPM posterior sd (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--schedule", paramLabel = "NAME", defaultValue = "de-cosine",
            description = "Alpha schedule (default: ${DEFAULT-VALUE}): " + AlphaSchedules.FORMS + ".")
    String schedule;

    @Option(names = "--mapping", paramLabel = "NAME", defaultValue = "identity",
            description = "How fitness weighs in the x0 estimate (default: ${DEFAULT-VALUE}): " + FitnessMappings.FORMS
                    + ".")
    String mapping;

    @Option(names = "--density", paramLabel = "uniform|kde", defaultValue = "uniform",
            description = "The density the estimate divides by (default: ${DEFAULT-VALUE}).")
    String density;

    @Option(names = "--scaling", paramLabel = "S",
            description = "Every method starts from N(0, S^2) per coordinate (default: 4 for the benchmark "
                    + "functions, 1 for two-peak).")
    Double scaling;

    @Option(names = "--latent-dim", paramLabel = "M", defaultValue = "2",
            description = "Projected dimension of latent-de's kernel (default: ${DEFAULT-VALUE}).")
    int latentDim;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1",
            description = "Temperature of the energy fitness (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--radius", paramLabel = "R", defaultValue = "0.1",
            description = "An optimum counts as found with a final member this near (default: ${DEFAULT-VALUE}).")
    double radius;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ednag-optimize/<function>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Runs executed at once (default: all cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no table; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (seeds < 1 || seeds > 1_000_000) {
            throw new InputException("--seeds must be between 1 and 1000000, got " + seeds);
        }
        int workers = Workers.resolve(threads);
        ContinuousProblem problem = InputException.parsing(() -> ProblemSuite.problem(function, temperature),
                "--function");
        DiffusionEvolution de = InputException.parsing(() -> DiffusionEvolution.builder()
                .population(population).steps(steps).noise(noise)
                .schedule(InputException.parsing(() -> AlphaSchedules.parse(schedule), "--schedule"))
                .mapping(InputException.parsing(() -> FitnessMappings.parse(mapping), "--mapping"))
                .density(InputException.parsing(() -> density(density), "--density"))
                .scaling(scaling == null ? problem.scaling() : scaling).build(), null);
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(firstSeed + i);
        }
        List<String> methodList = methods != null ? methods : defaultMethods(problem);
        OptimizePlan plan = InputException.parsing(() -> new OptimizePlan(problem, temperature, de, latentDim,
                methodList, seedList, radius), null);
        Path dir = out != null ? out : Path.of("ednag-optimize", problem.name());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out '" + dir + "' exists and is not a folder");
        }
        ProgressBar bar = new ProgressBar(System.err, !quiet && ProgressBar.interactive());
        long start = System.nanoTime();
        InputException.parsing(() -> OptimizeStudy.finishedRuns(plan, dir), "--out");
        OptimizeStudy.Outcome outcome;
        try {
            outcome = OptimizeStudy.run(plan, dir, workers, (done, total, run) -> bar.drawRuns(done, total, start));
        } finally {
            bar.finish();
        }
        if (!quiet) {
            PrintWriter pw = command.commandLine().getOut();
            pw.print(OptimizeReport.table(outcome.summaries(), problem.optima().map(o -> o.describe())));
            pw.printf(Locale.ROOT, "%d runs (%d run now) in %.1f s on %d threads%n", outcome.runs().size(),
                    outcome.executed(), outcome.wallMillis() / 1000.0, workers);
            pw.println("Wrote " + dir);
            pw.flush();
        }
        return 0;
    }

    /** The peers, with latent-de beside de where a projection can shrink the kernel's space. */
    private List<String> defaultMethods(ContinuousProblem problem) {
        List<String> m = new ArrayList<>(List.of("de", "cmaes", "es", "rs"));
        if (problem.dim() > Math.max(2, latentDim)) {
            m.add(1, "latent-de");
        }
        return m;
    }

    private static Density density(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "uniform" -> Density.UNIFORM;
            case "kde" -> Density.KDE;
            default -> throw new IllegalArgumentException("unknown density '" + text + "'; use uniform or kde");
        };
    }
}
