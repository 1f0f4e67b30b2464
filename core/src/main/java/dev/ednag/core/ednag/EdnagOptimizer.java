package dev.ednag.core.ednag;

import dev.ednag.core.diffusion.BayesianX0Estimator;
import dev.ednag.core.diffusion.DdimStep;
import dev.ednag.core.diffusion.DenoisingStep;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.evolution.PolynomialMutation;
import dev.ednag.core.evolution.RowNormalization;
import dev.ednag.core.evolution.SelectionCorrector;
import dev.ednag.core.evolution.SimulatedBinaryCrossover;
import dev.ednag.core.fitness.EnergyMapping;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.optimizer.StepRecord;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.Neighbourhood;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * EDNAG: fitness-guided denoising of a population of genomes, then mutation and selection
 * (spec §1). Each iteration evaluates the population, maps fitness to Energy weights, estimates x̂0
 * with the Bayesian estimator, takes a DDIM step, normalises, mutates and selects from parents and
 * offspring. Thread-safe: all run state lives in {@link #run}.
 */
public final class EdnagOptimizer implements Optimizer {

    private final EdnagConfig config;
    private final String variant;

    public EdnagOptimizer(EdnagConfig config, String variant) {
        this.config = Objects.requireNonNull(config, "config");
        this.variant = Objects.requireNonNull(variant, "variant");
    }

    public EdnagConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "ednag";
    }

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variant", variant);
        m.putAll(config.toMap());
        return m;
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        if (objective.goal() != config.fitness().goal()) {
            throw new IllegalArgumentException("EDNAG's fitness transform " + config.fitness().describe()
                    + " rewards a metric to " + verb(config.fitness().goal()) + ", but the search metric is one to "
                    + verb(objective.goal()) + "; give EDNAG a fitness transform for that direction");
        }
        return new Run(space, objective, random, listener).execute();
    }

    private static String verb(Goal goal) {
        return goal == Goal.MAXIMIZE ? "maximise" : "minimise";
    }

    /** The state of one run; never shared between threads. */
    private final class Run {
        private final SearchSpace space;
        private final Objective objective;
        private final StepListener listener;
        private final int p;
        private final int d;
        private final RandomGenerator initRandom;
        private final RandomGenerator noiseRandom;
        private final RandomGenerator mutationRandom;
        private final RandomGenerator crossoverRandom;
        private final RandomGenerator selectionRandom;
        private final RandomGenerator noveltyRandom;
        private final Set<String> seen = new HashSet<>();
        private final Archive archive;
        /** Only novelty and the archive need to know what was evaluated; the faithful loop skips the bookkeeping. */
        private final boolean tracksEvaluated;
        private final EnergyMapping energy = EnergyMapping.maximizing(config.temperature());
        private final PolynomialMutation mutation = new PolynomialMutation(config.mutationRate(),
                config.mutationLower(), config.mutationUpper(), config.mutationUPerGene());
        private final SimulatedBinaryCrossover crossover =
                new SimulatedBinaryCrossover(config.crossoverRate(), config.crossoverEta());
        private final SelectionCorrector corrector = new SelectionCorrector(config.eliteRate(),
                config.diversityRate(), config.rouletteMode(), config.diverseExcludesElites());

        Run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
            this.space = space;
            this.objective = objective;
            this.listener = listener;
            this.p = config.population();
            this.d = space.shape().length();
            this.initRandom = random.stream("init");
            this.noiseRandom = random.stream("denoising-noise");
            this.mutationRandom = random.stream("mutation");
            this.crossoverRandom = random.stream("crossover");
            this.selectionRandom = random.stream("selection");
            this.noveltyRandom = random.stream("novelty");
            this.archive = config.x0Source() == X0Source.ARCHIVE ? new Archive(space, d, config.rowRange()) : null;
            this.tracksEvaluated = archive != null || config.noveltyTries() > 0;
        }

        /** Replaces int(rate·P) rows, chosen by a random permutation, by one-hot genomes of random valid architectures. */
        private void seedValid(double[] x) {
            int count = config.initialValidCount();
            if (count == 0) {
                return; // no draws: every configuration without seeding keeps its random streams
            }
            int[] rows = new int[p];
            for (int i = 0; i < p; i++) {
                rows[i] = i;
            }
            for (int i = p - 1; i > 0; i--) {
                int j = initRandom.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            for (int i = 0; i < count; i++) {
                space.encode(space.sample(initRandom), x, rows[i] * d);
            }
        }

        OptimizerOutcome execute() {
            List<DenoisingStep> schedule = config.schedule().iterations(config.steps());
            double[] x = new double[p * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = initRandom.nextGaussian();
            }
            seedValid(x);
            if (config.normalizeInitial()) {
                RowNormalization.apply(x, p, d, config.rowRange());
            }
            if (config.noveltyTries() > 0) {
                makeNovel(x, null); // the first evaluations, too, should be distinct valid architectures
            }
            double[] parents = x.clone();
            double[] x0 = new double[p * d];
            double[] both = new double[2 * p * d];
            List<Architecture> lastEvaluated = List.of();
            Architecture[] population = decode(x, p);
            for (DenoisingStep step : schedule) {
                double[] raw = search(population);
                double[] f = rescale(raw);
                lastEvaluated = valid(population);

                if (archive == null || archive.size() == 0) {
                    BayesianX0Estimator.estimate(x, p, d, energy.map(f), step.alpha(), x, p, x0);
                } else {
                    BayesianX0Estimator.estimate(archive.genomes(), archive.size(), d,
                            energy.map(archive.fitness()), step.alpha(), x, p, x0);
                }
                DdimStep.apply(x, x0, p, d, step.alpha(), step.alphaPrev(), config.noiseScale(), noiseRandom, x);
                normalize(x);
                if (config.crossoverRate() > 0) {
                    crossover.apply(x, p, d, crossoverRandom);
                    normalize(x);
                }
                if (config.mutationRate() > 0) {
                    double eta = config.strongMutationAt().appliesAt(step.t(), config.steps())
                            ? Math.ceil(1.5 * config.mutationEta())
                            : config.mutationEta();
                    mutation.apply(x, p, d, eta, mutationRandom);
                    normalize(x);
                }
                if (config.noveltyTries() > 0) {
                    makeNovel(x, x0);
                }
                if (config.selection()) {
                    select(x, parents, both);
                }

                Architecture[] selected = decode(x, p);
                listener.onStep(record(step, population, raw, selected));
                population = selected;
            }
            return new OptimizerOutcome(valid(population), lastEvaluated, schedule.size());
        }

        /**
         * Selection re-evaluates parents and offspring together (spec §5.3); the cache makes
         * repeats free. The chosen rows replace {@code x} and become the next parents.
         */
        private void select(double[] x, double[] parents, double[] both) {
            System.arraycopy(parents, 0, both, 0, p * d);
            System.arraycopy(x, 0, both, p * d, p * d);
            double[] bothFitness = rescale(search(decode(both, 2 * p)));
            int[] chosen = corrector.select(both, bothFitness, p, d, selectionRandom);
            for (int i = 0; i < p; i++) {
                System.arraycopy(both, chosen[i] * d, x, i * d, d);
            }
            if (config.normalizeAfterSelect()) {
                RowNormalization.apply(x, p, d, config.rowRange());
            }
            System.arraycopy(x, 0, parents, 0, p * d);
        }

        /**
         * Makes each offspring a new architecture. One that decodes to an evaluated architecture or
         * a repeat of an earlier offspring first moves, when enabled and the space is categorical, to
         * the new neighbour its x̂0 estimate favours; what is still not new (or not valid) is
         * re-noised with growing noise until it is new or the tries run out. {@code x0} is null for
         * the first population, which has no estimate yet.
         */
        private void makeNovel(double[] x, double[] x0) {
            Set<String> batch = new HashSet<>();
            for (int i = 0; i < p; i++) {
                int off = i * d;
                Architecture a = space.decode(x, off);
                if (a != null && x0 != null && config.neighbourNovelty() && !isNew(a, batch)
                        && space instanceof CategoricalSpace categorical) {
                    Architecture moved = closestNewNeighbour(categorical, a, x0, off, batch);
                    if (moved != null) {
                        space.encode(moved, x, off);
                        RowNormalization.normalizeRow(x, off, d, config.rowRange());
                        a = moved;
                    }
                }
                for (int attempt = 1; attempt <= config.noveltyTries() && !isNew(a, batch); attempt++) {
                    double sd = config.noveltyNoise() * attempt;
                    for (int k = off; k < off + d; k++) {
                        x[k] += sd * noveltyRandom.nextGaussian();
                    }
                    if (config.normalize()) {
                        RowNormalization.normalizeRow(x, off, d, config.rowRange());
                    }
                    a = space.decode(x, off);
                }
                if (a != null) {
                    batch.add(a.key());
                }
            }
        }

        /** The unevaluated one-choice neighbour whose genome agrees best with the x̂0 estimate at {@code off}. */
        private Architecture closestNewNeighbour(CategoricalSpace categorical, Architecture a, double[] x0, int off,
                Set<String> batch) {
            Architecture best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            double[] genome = new double[d];
            for (Architecture n : Neighbourhood.of(categorical, a)) {
                if (!isNew(n, batch)) {
                    continue;
                }
                space.encode(n, genome, 0);
                double score = 0;
                for (int k = 0; k < d; k++) {
                    score += genome[k] * x0[off + k];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = n;
                }
            }
            return best;
        }

        private boolean isNew(Architecture a, Set<String> batch) {
            return a != null && !seen.contains(a.key()) && !batch.contains(a.key());
        }

        private void normalize(double[] x) {
            if (config.normalize()) {
                RowNormalization.apply(x, p, d, config.rowRange());
            }
        }

        private Architecture[] decode(double[] genomes, int count) {
            Architecture[] out = new Architecture[count];
            for (int i = 0; i < count; i++) {
                out[i] = space.decode(genomes, i * d);
            }
            return out;
        }

        /** Search values of the valid members; NaN for invalid genomes and failed evaluations. */
        private double[] search(Architecture[] members) {
            List<Architecture> valid = new ArrayList<>(members.length);
            for (Architecture a : members) {
                if (a != null) {
                    valid.add(a);
                }
            }
            double[] values = objective.evaluate(valid);
            if (tracksEvaluated) {
                for (int i = 0; i < values.length; i++) {
                    Architecture a = valid.get(i);
                    if (seen.add(a.key()) && archive != null && !Double.isNaN(values[i])) {
                        archive.add(a, config.fitness().apply(values[i]));
                    }
                }
            }
            double[] out = new double[members.length];
            for (int i = 0, v = 0; i < members.length; i++) {
                out[i] = members[i] == null ? Double.NaN : values[v++];
            }
            return out;
        }

        /** Raw search value → rescaled fitness f; invalid or failed members get 0 as in the reference. */
        private double[] rescale(double[] raw) {
            double[] f = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                f[i] = Double.isNaN(raw[i]) ? 0.0 : config.fitness().apply(raw[i]);
            }
            return f;
        }

        /**
         * The step's best search value in the metric's own direction, and its mean. Invalid members
         * count as 0 in the mean, as in the reference, when larger is better; for a metric to
         * minimise a 0 would look best, so the mean is then over the valid members only.
         */
        private StepRecord record(DenoisingStep step, Architecture[] evaluated, double[] raw, Architecture[] selected) {
            Goal goal = objective.goal();
            double best = Double.NaN;
            double sum = 0;
            int valid = 0;
            int counted = 0;
            for (int i = 0; i < raw.length; i++) {
                if (evaluated[i] != null) {
                    valid++;
                }
                if (!Double.isNaN(raw[i])) {
                    sum += raw[i];
                    counted++;
                    if (goal.isBetter(raw[i], best)) {
                        best = raw[i];
                    }
                }
            }
            double mean = goal == Goal.MAXIMIZE ? sum / raw.length : (counted == 0 ? Double.NaN : sum / counted);
            Set<Architecture> distinct = new HashSet<>();
            for (Architecture a : selected) {
                if (a != null) {
                    distinct.add(a);
                }
            }
            return new StepRecord(step.iteration(), step.t(), step.alpha(), step.alphaPrev(), best, mean,
                    (double) valid / raw.length, (double) distinct.size() / selected.length);
        }

        private static List<Architecture> valid(Architecture[] members) {
            List<Architecture> out = new ArrayList<>(members.length);
            for (Architecture a : members) {
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        }
    }
}
