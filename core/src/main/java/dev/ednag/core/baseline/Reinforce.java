package dev.ednag.core.baseline;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.optimizer.StepListener;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.SearchSpace;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * REINFORCE (Williams 1992) as the NAS-Bench-201 paper's baseline: a policy of independent
 * categorical distributions, one per position, samples one architecture per step (invalid samples
 * are drawn again); the reward is the search metric, negated when smaller is better. The baseline,
 * an exponential moving average, is updated with the reward first and the advantage is the reward
 * minus the updated baseline, as in the reference code; the logits then take one {@link Adam} step
 * up {@code advantage · ∇ log π}. An unevaluable architecture (NaN) updates nothing.
 *
 * <p>Needs a {@link CategoricalSpace}. Repeats are free under a unique-query budget, so a converged
 * policy keeps learning from cached values until its {@link RunLimits} stall limit ends the run.
 * The outcome's final population is the ten best architectures found; its last evaluated population
 * is the last sample. One step record per sample.
 */
public final class Reinforce implements Optimizer {

    private final ReinforceConfig config;

    public Reinforce(ReinforceConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Reinforce() {
        this(ReinforceConfig.defaults());
    }

    public ReinforceConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "reinforce";
    }

    @Override
    public Map<String, Object> configuration() {
        return config.toMap();
    }

    @Override
    public OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener) {
        CategoricalSpace categorical = CategoricalSpace.require(space, "REINFORCE (reinforce)");
        Goal goal = objective.goal();
        RandomGenerator policyRandom = random.stream("policy");
        CategoricalPolicy policy = new CategoricalPolicy(categorical.choiceCounts(), config.learningRate());
        MovingAverageBaseline baseline = new MovingAverageBaseline(config.baselineMomentum());
        QueryLedger ledger = new QueryLedger(config.limits(), space.size());
        BestFew best = new BestFew(goal);
        List<Architecture> last = List.of();
        int iteration = 0;
        while (!ledger.finished()) {
            int[] choices = policy.sample(policyRandom);
            Architecture architecture = categorical.fromChoices(choices);
            int draws = 1;
            while (architecture == null && !ledger.finished()) {
                ledger.miss();
                choices = policy.sample(policyRandom);
                architecture = categorical.fromChoices(choices);
                draws++;
            }
            if (architecture == null) {
                break; // the policy keeps drawing invalid combinations
            }
            double value = objective.evaluate(List.of(architecture))[0];
            ledger.record(architecture);
            best.offer(architecture, value);
            last = List.of(architecture);
            if (!Double.isNaN(value)) {
                double reward = goal.toMaximized(value);
                baseline.update(reward);
                policy.reinforce(choices, reward - baseline.value());
            }
            listener.onStep(StepStats.single(iteration++, goal, value, 1.0 / draws));
        }
        return new OptimizerOutcome(best.architectures(), last, iteration);
    }
}
