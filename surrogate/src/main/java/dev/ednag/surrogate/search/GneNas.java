package dev.ednag.surrogate.search;

import dev.ednag.core.baseline.StepStats;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.surrogate.encoding.Arch2VecEncoding;
import dev.ednag.surrogate.gan.GanSession;
import dev.ednag.surrogate.model.Predictor;
import dev.ednag.surrogate.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * GNE-NAS (Yousefi, Mehrdad and Dowlatshahi, Sci. Rep. 2025): surrogate-assisted particle swarm search
 * in a learned embedding of the cells, the surrogate's few real labels augmented by a GAN. Each round:
 * augment the evaluated (embedding, value) pairs with synthetic ones, fit the surrogate, fly a swarm
 * over the embedding box maximising mean + κ·sd, decode every particle's best point to the nearest
 * not-yet-evaluated cell, and evaluate the decoded cells that score best at their own embedding
 * (the infill). Without a GAN it is the ablation {@code gne-nas-no-gan}.
 *
 * <p>Thread-safe: all run state lives in one call of {@link #run}. The budget counts real evaluations
 * only; the GAN, fits, predictions and the swarm are free (and in the run's wall time).
 */
public final class GneNas implements Optimizer {

    private final GneNasConfig config;

    public GneNas(GneNasConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public GneNasConfig config() {
        return config;
    }

    @Override
    public String name() {
        return config.gan() == null ? "gne-nas-no-gan" : "gne-nas";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        Arch2VecEncoding encoding = Arch2VecEncoding.of(space);
        EmbeddingNeighbours neighbours = new EmbeddingNeighbours(encoding, space);
        Observations seen = new Observations(encoding, objective.goal());
        GanSession gan = config.gan() == null ? null : config.gan().session(random.stream("gan"));
        RandomGenerator fitRandom = random.stream("surrogate");
        RandomGenerator swarmRandom = random.stream("swarm");
        long limit = Math.min(config.limits().maxEvaluations(), space.size());

        List<Architecture> batch = InitialSample.distinct(space, (int) Math.min(config.initial(), limit),
                random.stream("init"));
        double[] values = objective.evaluate(batch);
        record(seen, neighbours, batch, values);
        int round = 0;
        listener.onStep(StepStats.of(round++, objective.goal(), values, 1.0, 1.0));
        while (seen.size() < limit) {
            int take = (int) Math.min(config.perRound(), limit - seen.size());
            batch = seen.usable() == 0
                    ? neighbours.randomUnevaluated(take, swarmRandom)
                    : infill(seen, neighbours, take, gan, fitRandom, swarmRandom);
            if (batch.isEmpty()) {
                break;
            }
            values = objective.evaluate(batch);
            record(seen, neighbours, batch, values);
            listener.onStep(StepStats.of(round++, objective.goal(), values, 1.0, 1.0));
        }
        return new OptimizerOutcome(seen.best(Bananas.REPORTED), batch, round);
    }

    private static void record(Observations seen, EmbeddingNeighbours neighbours, List<Architecture> batch,
            double[] values) {
        seen.add(batch, values);
        for (Architecture a : batch) {
            neighbours.markEvaluated(a);
        }
    }

    private List<Architecture> infill(Observations seen, EmbeddingNeighbours neighbours, int take,
            GanSession gan, RandomGenerator fitRandom, RandomGenerator swarmRandom) {
        TrainingSet data = seen.trainingSet();
        if (gan != null) {
            data = gan.augment(data);
        }
        Predictor predictor = config.surrogate().fit(data, fitRandom);
        double kappa = config.kappa();
        double[] mean = new double[config.particles()];
        double[] sd = new double[config.particles()];
        ParticleSwarm.BatchScore acquisition = (points, n, scores) -> {
            predictor.predict(points, n, mean, sd);
            for (int i = 0; i < n; i++) {
                scores[i] = mean[i] + kappa * sd[i];
            }
        };
        double[] start = startingPoints(seen, neighbours, swarmRandom);
        ParticleSwarm.Bests bests = ParticleSwarm.standard(config.iterations())
                .maximise(start, config.particles(), neighbours.lower(), neighbours.upper(), acquisition, swarmRandom);
        List<Architecture> decoded = neighbours.nearestDistinct(bests.positions(), bests.n());
        if (decoded.isEmpty()) {
            return decoded;
        }
        BatchPrediction p = BatchPrediction.of(predictor, seen.encoding(), decoded);
        double[] score = new double[decoded.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = p.mean()[i] + kappa * p.sd()[i];
        }
        return Ranking.top(decoded, score, take);
    }

    /** The swarm starts at the best evaluated cells (up to a fifth of it) and at random cells. */
    private double[] startingPoints(Observations seen, EmbeddingNeighbours neighbours, RandomGenerator random) {
        int n = config.particles();
        int d = neighbours.dimension();
        List<Architecture> starts = new ArrayList<>(seen.best(Math.max(1, n / 5)));
        while (starts.size() < n) {
            starts.add(neighbours.space().sample(random));
        }
        double[] points = new double[n * d];
        for (int i = 0; i < n; i++) {
            seen.encoding().encode(starts.get(i), points, i * d);
        }
        return points;
    }
}
