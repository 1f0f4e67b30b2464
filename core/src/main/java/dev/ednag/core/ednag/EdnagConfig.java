package dev.ednag.core.ednag;

import dev.ednag.core.diffusion.AlphaSchedule;
import dev.ednag.core.evolution.RouletteMode;
import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.fitness.FitnessTransform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of an EDNAG run (spec §1). Options marked [QUIRK] reproduce oddities of the
 * reference code; {@link EdnagVariant#FAITHFUL} sets them all as the reference has them.
 *
 * @param population           P, individuals per generation
 * @param steps                N, the length of the alpha table; N-1 denoising iterations run
 * @param schedule             the alpha table
 * @param noiseScale           η_n, multiplies the DDPM posterior standard deviation (spec §2.2)
 * @param temperature          T of the Energy mapping that weights the x̂0 estimate (spec §4.3)
 * @param fitness              raw search value → rescaled fitness f, e.g. ReScale(factor·raw) (spec §4.1)
 * @param mutationRate         probability that an individual is mutated (spec §5.1)
 * @param mutationEta          polynomial-mutation distribution index η_m
 * @param strongMutationAt     [QUIRK] where ceil(1.5·η_m) is used instead of η_m
 * @param mutationLower        lower mutation bound ([QUIRK] −1 even for [0,1] genomes)
 * @param mutationUpper        upper mutation bound
 * @param mutationUPerGene     false in the reference [QUIRK]: one u per individual, which preserves
 *                             every row's order and so never changes an argmax-decoded architecture
 * @param crossoverRate        simulated binary crossover rate; 0 as in the reference, which never calls it
 * @param crossoverEta         crossover distribution index
 * @param eliteRate            e_r, elites kept: int(e_r·P)
 * @param diversityRate        d_r, diverse individuals kept: int(d_r·P)
 * @param rouletteMode         [QUIRK] FORWARD_SCAN is the reference's roulette (spec §5.3.5)
 * @param diverseExcludesElites false in the reference [QUIRK]: an elite may be kept twice
 * @param rowRange             target range of the per-individual normalisation (spec §2.3)
 * @param normalizeInitial     false in the reference [QUIRK]: the first parents are raw N(0,1) noise
 * @param normalizeAfterSelect normalise again after selection (the reference does for NB101/NB301)
 * @param normalize            per-individual normalisation after the DDIM step and after mutation
 *                             (spec §2.3); off, with no mutation and no selection, is Diffusion Evolution (§9)
 * @param selection            the selection corrector over parents and offspring (spec §5.3); off, the
 *                             offspring simply replace the parents (the paper's FD-only ablation)
 * @param noveltyTries         0 in the reference. Otherwise an offspring that decodes to an architecture
 *                             already evaluated, to a repeat of another offspring, or to nothing valid is
 *                             re-noised up to this many times until it is new, so that every iteration
 *                             spends its evaluations on new architectures
 * @param noveltyNoise         standard deviation of the first re-noising; attempt k uses k times it
 * @param neighbourNovelty     in a space of categorical choices, a repeated offspring first moves to the new
 *                             one-choice neighbour that agrees best with its x̂0 estimate, and is re-noised
 *                             only when it has none
 * @param x0Source             where the x̂0 estimate averages over: the current population (the reference)
 *                             or every architecture evaluated so far
 * @param initialValidRate     fraction of the first population replaced by the one-hot genomes of random valid
 *                             architectures, rows chosen by a random permutation (the reference's
 *                             {@code init_valid_rate}: 0.5 for MobileNetV3, where noise alone decodes to nothing
 *                             valid; 0 elsewhere)
 */
public record EdnagConfig(
        int population,
        int steps,
        AlphaSchedule schedule,
        double noiseScale,
        double temperature,
        FitnessTransform fitness,
        double mutationRate,
        double mutationEta,
        StrongMutationAt strongMutationAt,
        double mutationLower,
        double mutationUpper,
        boolean mutationUPerGene,
        double crossoverRate,
        double crossoverEta,
        double eliteRate,
        double diversityRate,
        RouletteMode rouletteMode,
        boolean diverseExcludesElites,
        RowRange rowRange,
        boolean normalizeInitial,
        boolean normalizeAfterSelect,
        boolean normalize,
        boolean selection,
        int noveltyTries,
        double noveltyNoise,
        boolean neighbourNovelty,
        X0Source x0Source,
        double initialValidRate) {

    public EdnagConfig {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(fitness, "fitness");
        Objects.requireNonNull(strongMutationAt, "strongMutationAt");
        Objects.requireNonNull(rouletteMode, "rouletteMode");
        Objects.requireNonNull(rowRange, "rowRange");
        Objects.requireNonNull(x0Source, "x0Source");
        require(population >= 2, "population must be at least 2, got " + population);
        require(steps >= 2, "steps must be at least 2, got " + steps);
        require(noiseScale >= 0 && noiseScale <= 1, "noise scale must be in [0, 1], got " + noiseScale);
        require(temperature > 0 && Double.isFinite(temperature), "temperature must be positive, got " + temperature);
        requireRate(mutationRate, "mutation rate");
        require(mutationEta >= 0 && Double.isFinite(mutationEta), "mutation eta must be >= 0, got " + mutationEta);
        require(mutationLower < mutationUpper, "mutation bounds must satisfy lower < upper");
        requireRate(crossoverRate, "crossover rate");
        require(crossoverEta >= 0, "crossover eta must be >= 0, got " + crossoverEta);
        requireRate(eliteRate, "elite rate");
        requireRate(diversityRate, "diversity rate");
        require(eliteRate + diversityRate <= 1, "elite rate + diversity rate must not exceed 1");
        require(noveltyTries >= 0, "novelty tries must be >= 0, got " + noveltyTries);
        require(noveltyNoise > 0 && Double.isFinite(noveltyNoise), "novelty noise must be positive, got " + noveltyNoise);
        requireRate(initialValidRate, "initial valid rate");
    }

    /** Rows of the first population that start as valid one-hot genomes: int(rate·P), as the reference truncates. */
    public int initialValidCount() {
        return (int) (initialValidRate * population);
    }

    /** Number of elites kept per generation, truncated as in the reference. */
    public int eliteCount() {
        return (int) (eliteRate * population);
    }

    /** Number of diverse individuals kept per generation, truncated as in the reference. */
    public int diversityCount() {
        return (int) (diversityRate * population);
    }

    /** The settings in a stable order, for manifests and journals. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population", population);
        m.put("steps", steps);
        m.put("schedule", schedule.name());
        m.put("noiseScale", noiseScale);
        m.put("temperature", temperature);
        m.putAll(fitness.describe());
        m.put("mutationRate", mutationRate);
        m.put("mutationEta", mutationEta);
        m.put("strongMutationAt", strongMutationAt.name());
        m.put("mutationLower", mutationLower);
        m.put("mutationUpper", mutationUpper);
        m.put("mutationUPerGene", mutationUPerGene);
        m.put("crossoverRate", crossoverRate);
        m.put("crossoverEta", crossoverEta);
        m.put("eliteRate", eliteRate);
        m.put("diversityRate", diversityRate);
        m.put("rouletteMode", rouletteMode.name());
        m.put("diverseExcludesElites", diverseExcludesElites);
        m.put("rowRange", rowRange.name());
        m.put("normalizeInitial", normalizeInitial);
        m.put("normalizeAfterSelect", normalizeAfterSelect);
        m.put("normalize", normalize);
        m.put("selection", selection);
        m.put("noveltyTries", noveltyTries);
        m.put("noveltyNoise", noveltyNoise);
        m.put("neighbourNovelty", neighbourNovelty);
        m.put("x0Source", x0Source.name());
        if (initialValidRate > 0) { // absent at 0, so every configuration from before it keeps its identity
            m.put("initialValidRate", initialValidRate);
        }
        return m;
    }

    /** A builder that starts from this configuration, to change a few settings by name. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes settings of an existing configuration by name; {@link #build()} validates the result. */
    public static final class Builder {
        private int population;
        private int steps;
        private AlphaSchedule schedule;
        private double noiseScale;
        private double temperature;
        private FitnessTransform fitness;
        private double mutationRate;
        private double mutationEta;
        private StrongMutationAt strongMutationAt;
        private double mutationLower;
        private double mutationUpper;
        private boolean mutationUPerGene;
        private double crossoverRate;
        private double crossoverEta;
        private double eliteRate;
        private double diversityRate;
        private RouletteMode rouletteMode;
        private boolean diverseExcludesElites;
        private RowRange rowRange;
        private boolean normalizeInitial;
        private boolean normalizeAfterSelect;
        private boolean normalize;
        private boolean selection;
        private int noveltyTries;
        private double noveltyNoise;
        private boolean neighbourNovelty;
        private X0Source x0Source;
        private double initialValidRate;

        private Builder(EdnagConfig c) {
            population = c.population;
            steps = c.steps;
            schedule = c.schedule;
            noiseScale = c.noiseScale;
            temperature = c.temperature;
            fitness = c.fitness;
            mutationRate = c.mutationRate;
            mutationEta = c.mutationEta;
            strongMutationAt = c.strongMutationAt;
            mutationLower = c.mutationLower;
            mutationUpper = c.mutationUpper;
            mutationUPerGene = c.mutationUPerGene;
            crossoverRate = c.crossoverRate;
            crossoverEta = c.crossoverEta;
            eliteRate = c.eliteRate;
            diversityRate = c.diversityRate;
            rouletteMode = c.rouletteMode;
            diverseExcludesElites = c.diverseExcludesElites;
            rowRange = c.rowRange;
            normalizeInitial = c.normalizeInitial;
            normalizeAfterSelect = c.normalizeAfterSelect;
            normalize = c.normalize;
            selection = c.selection;
            noveltyTries = c.noveltyTries;
            noveltyNoise = c.noveltyNoise;
            neighbourNovelty = c.neighbourNovelty;
            x0Source = c.x0Source;
            initialValidRate = c.initialValidRate;
        }

        public Builder population(int value) {
            population = value;
            return this;
        }

        public Builder steps(int value) {
            steps = value;
            return this;
        }

        public Builder schedule(AlphaSchedule value) {
            schedule = value;
            return this;
        }

        public Builder noiseScale(double value) {
            noiseScale = value;
            return this;
        }

        public Builder temperature(double value) {
            temperature = value;
            return this;
        }

        public Builder fitness(FitnessTransform value) {
            fitness = value;
            return this;
        }

        public Builder mutationRate(double value) {
            mutationRate = value;
            return this;
        }

        public Builder mutationEta(double value) {
            mutationEta = value;
            return this;
        }

        public Builder strongMutationAt(StrongMutationAt value) {
            strongMutationAt = value;
            return this;
        }

        public Builder mutationLower(double value) {
            mutationLower = value;
            return this;
        }

        public Builder mutationUpper(double value) {
            mutationUpper = value;
            return this;
        }

        public Builder mutationUPerGene(boolean value) {
            mutationUPerGene = value;
            return this;
        }

        public Builder crossoverRate(double value) {
            crossoverRate = value;
            return this;
        }

        public Builder crossoverEta(double value) {
            crossoverEta = value;
            return this;
        }

        public Builder eliteRate(double value) {
            eliteRate = value;
            return this;
        }

        public Builder diversityRate(double value) {
            diversityRate = value;
            return this;
        }

        public Builder rouletteMode(RouletteMode value) {
            rouletteMode = value;
            return this;
        }

        public Builder diverseExcludesElites(boolean value) {
            diverseExcludesElites = value;
            return this;
        }

        public Builder rowRange(RowRange value) {
            rowRange = value;
            return this;
        }

        public Builder normalizeInitial(boolean value) {
            normalizeInitial = value;
            return this;
        }

        public Builder normalizeAfterSelect(boolean value) {
            normalizeAfterSelect = value;
            return this;
        }

        public Builder normalize(boolean value) {
            normalize = value;
            return this;
        }

        public Builder selection(boolean value) {
            selection = value;
            return this;
        }

        public Builder noveltyTries(int value) {
            noveltyTries = value;
            return this;
        }

        public Builder noveltyNoise(double value) {
            noveltyNoise = value;
            return this;
        }

        public Builder neighbourNovelty(boolean value) {
            neighbourNovelty = value;
            return this;
        }

        public Builder x0Source(X0Source value) {
            x0Source = value;
            return this;
        }

        public Builder initialValidRate(double value) {
            initialValidRate = value;
            return this;
        }

        public EdnagConfig build() {
            return new EdnagConfig(population, steps, schedule, noiseScale, temperature, fitness, mutationRate,
                    mutationEta, strongMutationAt, mutationLower, mutationUpper, mutationUPerGene, crossoverRate,
                    crossoverEta, eliteRate, diversityRate, rouletteMode, diverseExcludesElites, rowRange,
                    normalizeInitial, normalizeAfterSelect, normalize, selection, noveltyTries,
                    noveltyNoise, neighbourNovelty, x0Source, initialValidRate);
        }
    }

    private static void requireRate(double rate, String name) {
        require(rate >= 0 && rate <= 1, name + " must be in [0, 1], got " + rate);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
