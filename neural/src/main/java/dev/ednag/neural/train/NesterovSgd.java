package dev.ednag.neural.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * SGD with PyTorch's semantics (momentum without dampening, optionally Nesterov, coupled weight
 * decay), which DJL's own {@code Sgd} and {@code Nag} do not reproduce. Per parameter w with
 * gradient g, weight decay λ, momentum μ, velocity v (0 at first) and learning rate η:
 * <pre>
 *   g ← g + λ·w
 *   v ← μ·v + g
 *   w ← w − η·(g + μ·v)    (Nesterov)
 *   w ← w − η·v            (otherwise)
 * </pre>
 * The velocities live in a manager of their own; {@link #close()} frees them. Gradient rescaling
 * and clipping from DJL's builder are not supported, so that nothing silently differs from PyTorch.
 */
public final class NesterovSgd extends Optimizer implements AutoCloseable {

    private final Tracker learningRate;
    private final float momentum;
    private final boolean nesterov;
    private final Map<String, NDArray> velocities = new HashMap<>();
    private NDManager velocityManager;
    private float lastLearningRate = Float.NaN;

    private NesterovSgd(Builder builder) {
        super(builder);
        if (rescaleGrad != 1f || clipGrad >= 0) {
            throw new IllegalArgumentException("NesterovSgd neither rescales nor clips gradients");
        }
        if (!(getWeightDecay() >= 0) || !Float.isFinite(getWeightDecay())) {
            throw new IllegalArgumentException("weight decay must be 0 or more and finite, got " + getWeightDecay());
        }
        learningRate = Objects.requireNonNull(builder.learningRate, "learning rate schedule");
        momentum = builder.momentum;
        nesterov = builder.nesterov;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        float rate = learningRate.getNewValue(parameterId, updateCount(parameterId));
        lastLearningRate = rate;
        try (NDArray gradient = weight.mul(getWeightDecay())) {
            gradient.addi(grad);
            NDArray direction = gradient;
            if (momentum != 0) {
                NDArray velocity = velocity(parameterId, weight);
                velocity.muli(momentum).addi(gradient);
                if (nesterov) {
                    try (NDArray lookAhead = velocity.mul(momentum)) {
                        gradient.addi(lookAhead);
                    }
                } else {
                    direction = velocity;
                }
            }
            try (NDArray move = direction.mul(rate)) {
                weight.subi(move);
            }
        }
    }

    private NDArray velocity(String parameterId, NDArray weight) {
        if (velocityManager == null) {
            velocityManager = weight.getManager().getEngine().newBaseManager(weight.getDevice());
        }
        return velocities.computeIfAbsent(parameterId,
                id -> velocityManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
    }

    /** The learning rate of the latest update, NaN before the first. */
    public float lastLearningRate() {
        return lastLearningRate;
    }

    /** Frees the velocities; the optimizer must not be used afterwards. */
    @Override
    public void close() {
        velocities.clear();
        if (velocityManager != null) {
            velocityManager.close();
            velocityManager = null;
        }
    }

    /** Builds a {@link NesterovSgd}; weight decay is set with {@link #optWeightDecays(float)}. */
    public static final class Builder extends OptimizerBuilder<Builder> {

        private Tracker learningRate;
        private float momentum;
        private boolean nesterov;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder setLearningRateTracker(Tracker schedule) {
            this.learningRate = schedule;
            return this;
        }

        public Builder optMomentum(float value) {
            this.momentum = value;
            return this;
        }

        public Builder optNesterov(boolean value) {
            this.nesterov = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException when momentum is outside [0, 1), Nesterov lacks momentum,
         *     or gradient rescaling or clipping was asked for
         */
        public NesterovSgd build() {
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
            }
            if (nesterov && momentum == 0) {
                throw new IllegalArgumentException("Nesterov momentum needs a momentum above 0");
            }
            return new NesterovSgd(this);
        }
    }
}
