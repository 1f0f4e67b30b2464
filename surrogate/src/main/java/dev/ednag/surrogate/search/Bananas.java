package dev.ednag.surrogate.search;

import dev.ednag.core.baseline.StepStats;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.encoding.Encodings;
import dev.ednag.surrogate.model.Predictor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * BANANAS (White, Neiswanger and Savani, AAAI 2021): Bayesian optimisation with a neural predictor.
 * Evaluate a few random architectures; then, each round, refit the predictor on everything
 * evaluated, score mutations of the best architectures by independent Thompson sampling (one draw
 * from N(mean, sd) per candidate) and evaluate the best few. The budget counts real evaluations
 * only; fits and predictions are free (and included in the run's wall time).
 *
 * <p>Thread-safe: all run state lives in one call of {@link #run}. One step record per round, the
 * random initial batch being round 0.
 */
public final class Bananas implements Optimizer {

    /** Architectures an outcome reports, best first. */
    static final int REPORTED = 10;

    private final BananasConfig config;

    public Bananas(BananasConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Bananas() {
        this(BananasConfig.defaults());
    }

    public BananasConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "bananas";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        Encoding encoding = Encodings.of(config.encoding(), space);
        Observations seen = new Observations(encoding, objective.goal());
        RandomGenerator candidateRandom = random.stream("candidates");
        RandomGenerator fitRandom = random.stream("surrogate");
        RandomGenerator thompsonRandom = random.stream("thompson");
        long limit = Math.min(config.limits().maxEvaluations(), space.size());

        List<Architecture> batch = InitialSample.distinct(space, (int) Math.min(config.initial(), limit),
                random.stream("init"));
        double[] values = objective.evaluate(batch);
        seen.add(batch, values);
        int round = 0;
        listener.onStep(StepStats.of(round++, objective.goal(), values, 1.0, 1.0));
        while (seen.size() < limit) {
            List<Architecture> candidates = MutationCandidates.of(space, seen.best(config.parents()),
                    config.candidates(), config.maxEdits(), seen, candidateRandom);
            if (candidates.isEmpty()) {
                break;
            }
            int take = (int) Math.min(config.perRound(), limit - seen.size());
            batch = seen.usable() == 0
                    ? candidates.subList(0, Math.min(take, candidates.size()))
                    : Ranking.byAcquisition(predictor(seen, fitRandom), encoding, candidates, take, Acquisition.THOMPSON,
                            thompsonRandom);
            values = objective.evaluate(batch);
            seen.add(batch, values);
            listener.onStep(StepStats.of(round++, objective.goal(), values, 1.0, 1.0));
        }
        return new OptimizerOutcome(seen.best(REPORTED), batch, round);
    }

    private Predictor predictor(Observations seen, RandomGenerator fitRandom) {
        return config.surrogate().fit(seen.trainingSet(), fitRandom);
    }
}
