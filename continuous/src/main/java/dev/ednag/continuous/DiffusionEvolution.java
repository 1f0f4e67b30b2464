package dev.ednag.continuous;

import dev.ednag.core.diffusion.AlphaSchedule;
import dev.ednag.core.diffusion.BayesianX0Estimator;
import dev.ednag.core.diffusion.DdimStep;
import dev.ednag.core.diffusion.DenoisingStep;
import dev.ednag.core.diffusion.RescaledCosineSchedule;
import dev.ednag.core.fitness.FitnessMapping;
import dev.ednag.core.fitness.IdentityMapping;
import dev.ednag.core.run.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Diffusion Evolution (Zhang et al., ICLR 2025; spec §9.1): a population drawn from N(0, I) is
 * denoised step by step, each member pulled towards a fitness-weighted kernel average of the
 * population (the same x̂0 estimator and DDIM step as EDNAG), with no mutation, selection or
 * normalisation. Because each member averages over its neighbours, separate optima keep separate
 * sub-populations. With a latent dimension m, the kernel compares codes from a fixed random
 * projection while the average stays in the original space (spec §9.2), for large d.
 *
 * <pre>{@code
 * DiffusionEvolutionResult r = DiffusionEvolution.builder().population(512).steps(25).scaling(4).build()
 *         .run(BatchFitness.pointwise(x -> Math.exp(-(x[0] * x[0] + x[1] * x[1]))), 2, 42);
 * double[] best = r.best();
 * }</pre>
 *
 * <p>Defaults are the reference benchmark settings except the scale: 512 points, 25 steps, the
 * rescaled cosine schedule (§3.3), noise 0.1, identity mapping, uniform density, scaling 1.
 * A run spends population × steps evaluations: one per member at each of the steps − 1
 * iterations, and one per final x̂0 estimate, which is what members are ranked by.
 */
public final class DiffusionEvolution implements ContinuousOptimizer {

    private final int population;
    private final int steps;
    private final AlphaSchedule schedule;
    private final double noise;
    private final FitnessMapping mapping;
    private final double scaling;
    private final Density density;
    private final int latentDim;

    private DiffusionEvolution(Builder b) {
        this.population = b.population;
        this.steps = b.steps;
        this.schedule = b.schedule;
        this.noise = b.noise;
        this.mapping = b.mapping;
        this.scaling = b.scaling;
        this.density = b.density;
        this.latentDim = b.latentDim;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change a setting or two. */
    public Builder toBuilder() {
        return new Builder().population(population).steps(steps).schedule(schedule).noise(noise)
                .mapping(mapping).scaling(scaling).density(density).latentDim(latentDim);
    }

    /** {@code de}, or {@code latent-de} when the kernel works in a projected space. */
    @Override
    public String name() {
        return latentDim > 0 ? "latent-de" : "de";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("population", population);
        c.put("steps", steps);
        c.put("schedule", schedule.name());
        c.put("noise", noise);
        c.put("mapping", mapping.name());
        c.put("scaling", scaling);
        c.put("density", density.name().toLowerCase(java.util.Locale.ROOT));
        c.put("latent_dim", latentDim);
        return c;
    }

    public int population() {
        return population;
    }

    public int steps() {
        return steps;
    }

    public double scaling() {
        return scaling;
    }

    public int latentDim() {
        return latentDim;
    }

    /** Runs from {@code seed} without keeping the trace. */
    public DiffusionEvolutionResult run(BatchFitness fitness, int dim, long seed) {
        return run(fitness, dim, new RandomStreams(seed), false);
    }

    @Override
    public ContinuousOutcome optimize(BatchFitness fitness, int dim, RandomStreams random, boolean keepTrace) {
        return run(fitness, dim, random, keepTrace).toOutcome();
    }

    /**
     * Runs once.
     *
     * @param fitness   higher is better; every value must be finite and at least 0
     * @param dim       the problem's dimension
     * @param keepTrace whether to keep every iteration's population, fitness and x̂0
     * @throws IllegalArgumentException if the fitness returns a negative, NaN or infinite value, or
     *                                  the wrong number of values
     */
    public DiffusionEvolutionResult run(BatchFitness fitness, int dim, RandomStreams random, boolean keepTrace) {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dim);
        }
        int n = population;
        double[] x = new double[n * dim];
        RandomGenerator init = random.stream("init");
        for (int k = 0; k < x.length; k++) {
            x[k] = init.nextGaussian();
        }
        RandomProjection projection = latentDim > 0
                ? RandomProjection.draw(latentDim, dim, random.stream("projection")) : null;
        RandomGenerator noiseStream = random.stream("noise");
        double[] x0 = new double[n * dim];
        double[] next = new double[n * dim];
        List<DiffusionStep> trace = new ArrayList<>();
        long evaluations = 0;
        for (DenoisingStep step : schedule.iterations(steps)) {
            double[][] scaled = scaledRows(x, n, dim);
            double[] f = checked(fitness.evaluate(scaled), n);
            evaluations += n;
            denoise(x, dim, f, step, projection, noiseStream, x0, next);
            if (keepTrace) {
                trace.add(new DiffusionStep(step.iteration(), step.t(), step.alpha(), step.alphaPrev(), scaled,
                        f, scaledRows(x0, n, dim)));
            }
            double[] swap = x;
            x = next;
            next = swap;
        }
        double[][] x0Rows = scaledRows(x0, n, dim);
        double[] x0Fitness = checked(fitness.evaluate(x0Rows), n);
        evaluations += n;
        return new DiffusionEvolutionResult(scaledRows(x, n, dim), x0Rows, x0Fitness, evaluations, trace);
    }

    /**
     * One denoising iteration, the part of a step that does not evaluate: maps the fitness to
     * weights, estimates x̂0 for every member and takes the DDIM step. Exposed so that callers who
     * evaluate elsewhere (ask/tell, a cluster) can drive the loop themselves.
     *
     * @param x          {@code population × dim} current points, unscaled, row-major
     * @param fitness    the fitness of each point (at x·scaling)
     * @param step       the schedule pair to denoise with
     * @param projection the latent projection, or {@code null} for plain Diffusion Evolution
     * @param x0         receives the {@code population × dim} x̂0 estimates, unscaled
     * @param next       receives the next points; may not alias {@code x}
     */
    public void denoise(double[] x, int dim, double[] fitness, DenoisingStep step, RandomProjection projection,
            RandomGenerator noiseStream, double[] x0, double[] next) {
        int n = population;
        if (projection != null && projection.dim() != dim) {
            throw new IllegalArgumentException("the projection is for dimension " + projection.dim() + ", not " + dim);
        }
        double[] g = mapping.map(fitness);
        double[] kernelSpace = projection == null ? x : projection.project(x, n);
        int kernelDim = projection == null ? dim : projection.latentDim();
        double[] p = null;
        if (density == Density.KDE) {
            p = new double[n];
            BayesianX0Estimator.kdeDensity(kernelSpace, n, kernelDim, BayesianX0Estimator.KDE_BANDWIDTH, p);
        }
        BayesianX0Estimator.estimateInKernelSpace(kernelSpace, kernelSpace, kernelDim, x, dim, n, g, step.alpha(),
                n, p, x0);
        DdimStep.apply(x, x0, n, dim, step.alpha(), step.alphaPrev(), noise, noiseStream, next);
    }

    private double[][] scaledRows(double[] flat, int n, int dim) {
        double[][] rows = new double[n][dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                rows[i][d] = flat[i * dim + d] * scaling;
            }
        }
        return rows;
    }

    private static double[] checked(double[] f, int n) {
        if (f == null || f.length != n) {
            throw new IllegalArgumentException("the fitness returned " + (f == null ? "null" : f.length + " values")
                    + " for " + n + " points");
        }
        for (int i = 0; i < n; i++) {
            if (!(f[i] >= 0.0) || Double.isInfinite(f[i])) {
                throw new IllegalArgumentException("Diffusion Evolution needs a finite fitness of at least 0, "
                        + "but point " + i + " got " + f[i] + " (wrap the objective, e.g. exp(−loss/T))");
            }
        }
        return f;
    }

    /** Settings with the reference benchmark defaults; see the class comment. */
    public static final class Builder {
        private int population = 512;
        private int steps = 25;
        private AlphaSchedule schedule = new RescaledCosineSchedule();
        private double noise = 0.1;
        private FitnessMapping mapping = new IdentityMapping();
        private double scaling = 1.0;
        private Density density = Density.UNIFORM;
        private int latentDim = 0;

        private Builder() {}

        /** Number of points, at least 2. */
        public Builder population(int population) {
            this.population = population;
            return this;
        }

        /** Length of the α table; the run makes steps − 1 denoising iterations (spec §3.1). At least 2. */
        public Builder steps(int steps) {
            this.steps = steps;
            return this;
        }

        public Builder schedule(AlphaSchedule schedule) {
            this.schedule = schedule;
            return this;
        }

        /** η: the multiple of the DDPM posterior standard deviation added as fresh noise; 0 is deterministic DDIM. */
        public Builder noise(double noise) {
            this.noise = noise;
            return this;
        }

        /** Turns fitness into the estimator's weights: identity, power or energy. */
        public Builder mapping(FitnessMapping mapping) {
            this.mapping = mapping;
            return this;
        }

        /** The problem's coordinates are x·scaling, with x ~ N(0, I) at the start. */
        public Builder scaling(double scaling) {
            this.scaling = scaling;
            return this;
        }

        public Builder density(Density density) {
            this.density = density;
            return this;
        }

        /** m > 0 measures the kernel on an m-dimensional random projection (latent DE); 0 turns it off. */
        public Builder latentDim(int latentDim) {
            this.latentDim = latentDim;
            return this;
        }

        public DiffusionEvolution build() {
            if (population < 2) {
                throw new IllegalArgumentException("population must be at least 2, got " + population);
            }
            if (steps < 2) {
                throw new IllegalArgumentException("steps must be at least 2, got " + steps);
            }
            if (!(noise >= 0) || Double.isInfinite(noise)) {
                throw new IllegalArgumentException("noise must be finite and at least 0, got " + noise);
            }
            if (!(scaling > 0) || Double.isInfinite(scaling)) {
                throw new IllegalArgumentException("scaling must be positive and finite, got " + scaling);
            }
            if (latentDim < 0) {
                throw new IllegalArgumentException("latent dimension must be at least 0, got " + latentDim);
            }
            if (schedule == null || mapping == null || density == null) {
                throw new IllegalArgumentException("schedule, mapping and density must be set");
            }
            return new DiffusionEvolution(this);
        }
    }
}
