package dev.ednag.surrogate.search;

import dev.ednag.core.baseline.StepStats;
import dev.ednag.core.ednag.EdnagOptimizer;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.optimizer.StepRecord;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.Neighbourhood;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.Predictor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Predictor-guided EDNAG: the denoising loop runs unchanged, but its fitness is a surrogate's
 * prediction, so its populations, x̂0 estimates and selections cost no real evaluation. After each
 * denoising step the few best new architectures the step produced (by the acquisition) are evaluated
 * for real and the surrogate is refitted, so the next step denoises toward a better-informed
 * estimate. Architectures already evaluated carry their real value. The budget counts real
 * evaluations only.
 *
 * <p>The loop is {@link EdnagOptimizer} itself behind an objective that predicts: nothing of the
 * denoising is reimplemented. When its schedule ends with budget left (a step produced no new
 * architecture), a new schedule starts from fresh noise. Thread-safe: all state lives in one call of
 * {@link #run}.
 */
public final class EdnagPredictor implements Optimizer {

    private final EdnagPredictorConfig config;

    public EdnagPredictor(EdnagPredictorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public EdnagPredictorConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "ednag-predictor";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        return new Run(space, objective, random, listener).execute();
    }

    /** The state of one run; never shared between threads. */
    private final class Run {
        private final SearchSpace space;
        private final Objective objective;
        private final RandomStreams random;
        private final StepListener listener;
        private final Observations seen;
        private final RandomGenerator fitRandom;
        private final RandomGenerator acquisitionRandom;
        private final RandomGenerator fillRandom;
        private final long limit;
        private SurrogateObjective predicted;
        private final Set<Architecture> pool = new LinkedHashSet<>();
        private List<Architecture> lastBatch = List.of();
        private int round;
        private int steps;

        Run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
            this.space = space;
            this.objective = objective;
            this.random = random;
            this.listener = listener;
            Encoding encoding = Encodings.of(config.encoding(), space);
            this.seen = new Observations(encoding, objective.goal());
            this.fitRandom = random.stream("surrogate");
            this.acquisitionRandom = random.stream("acquisition");
            this.fillRandom = random.stream("fill");
            this.limit = Math.min(config.budget(), space.size());
        }

        OptimizerOutcome execute() {
            List<Architecture> initial = InitialSample.distinct(space, (int) Math.min(config.initial(), limit),
                    random.stream("init"));
            evaluate(initial, null);
            predicted = new SurrogateObjective(seen, refit());
            EdnagOptimizer ednag = new EdnagOptimizer(config.ednag(), "predictor");
            for (int schedule = 0; seen.size() < limit; schedule++) {
                int before = seen.size();
                RandomStreams streams = new RandomStreams(random.stream("schedule-" + schedule).nextLong());
                ednag.run(space, predicted, streams, this::afterStep);
                if (seen.size() == before) {
                    break; // a whole schedule found nothing new: the space is exhausted for this run
                }
            }
            return new OptimizerOutcome(seen.best(Bananas.REPORTED), lastBatch, round);
        }

        /**
         * After each denoising step, collect what it produced (and, if configured, its neighbours); after
         * every {@code stepsPerRefit} steps, evaluate the best unevaluated ones for real and refit.
         */
        private void afterStep(StepRecord step) {
            if (seen.size() >= limit) {
                return;
            }
            for (Architecture a : predicted.drainAsked()) {
                pool.add(a);
                if (config.neighbours() && space instanceof CategoricalSpace categorical) {
                    pool.addAll(Neighbourhood.of(categorical, a));
                }
            }
            if (++steps % config.stepsPerRefit() != 0) {
                return;
            }
            pool.removeIf(seen::contains);
            int take = (int) Math.min(config.perStep(), limit - seen.size());
            List<Architecture> fresh = new ArrayList<>(pool);
            if (fresh.size() < take) {
                Set<Architecture> filled = new LinkedHashSet<>(fresh);
                MutationCandidates.fillRandomly(space, filled, take, seen, fillRandom);
                fresh = new ArrayList<>(filled);
            }
            List<SurrogateObjective.Prediction> predictions = predicted.predictions(fresh);
            double[] score = new double[fresh.size()];
            for (int i = 0; i < score.length; i++) {
                SurrogateObjective.Prediction p = predictions.get(i);
                score[i] = config.acquisition().score(p.mean(), p.sd(), acquisitionRandom);
            }
            evaluate(Ranking.top(fresh, score, take), step);
            if (!config.remember()) {
                pool.clear();
            }
            predicted.use(refit());
        }

        private void evaluate(List<Architecture> batch, StepRecord step) {
            double[] values = objective.evaluate(batch);
            seen.add(batch, values);
            lastBatch = batch;
            StepRecord real = StepStats.of(round++, objective.goal(), values, 1.0, 1.0);
            listener.onStep(step == null ? real : new StepRecord(real.iteration(), step.t(), step.alpha(),
                    step.alphaPrev(), real.stepBestSearch(), real.meanSearch(), real.validRate(), real.uniqueness()));
        }

        private Predictor refit() {
            return seen.usable() == 0 ? ConstantPredictor.of(seen.encoding().dimension())
                    : config.surrogate().fit(seen.trainingSet(), fitRandom);
        }
    }
}
