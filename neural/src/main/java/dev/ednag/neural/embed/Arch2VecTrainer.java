package dev.ednag.neural.embed;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.ednag.core.json.Json;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.engine.ThreadGradients;
import dev.ednag.surrogate.encoding.CellGraph;
import dev.ednag.surrogate.encoding.EmbeddingTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Trains an arch2vec graph autoencoder, without labels, on every cell of a space and returns each
 * cell's embedding: the mean over its nodes of the encoder's latent mean. On DJL (PyTorch), because
 * the model is a deep network whose gradients are best left to autograd; it runs once per space, so
 * the per-call overhead that rules DJL out for the search's small surrogates does not matter here.
 *
 * <p>The model, per graph of N nodes with one-hot types X (N × T) and adjacency A:
 * <ul>
 *   <li>encoder: {@code layers} GIN layers H ← ReLU(ReLU((H + ÂH)·W₁ + b₁)·W₂ + b₂), Â = A + Aᵀ
 *       (messages flow both ways), then per node μ = H·W_μ + b_μ and log σ² = H·W_σ + b_σ;</li>
 *   <li>decoder: z = μ + σ ⊙ ε, types = softmax(z·W_o + b_o), adjacency = sigmoid(z·zᵀ);</li>
 *   <li>loss: cross-entropy of the types + binary cross-entropy of the adjacency against Â + β·KL(N(μ,
 *       σ²) ‖ N(0, I)), each averaged over its entries.</li>
 * </ul>
 * Differences from the published arch2vec, all because they do not change what the embedding is for:
 * GIN's ε is fixed at 0 and its MLPs have no batch norm (deterministic, fewer knobs); the inner-product
 * decoder is symmetric, so it reconstructs Â rather than the directed A, the direction being implied by
 * the node order. Everything random (initial weights, shuffles, ε) comes from {@link
 * Arch2VecConfig#seed()}; with one PyTorch thread a run repeats bit for bit on the same machine.
 */
public final class Arch2VecTrainer {

    private final Arch2VecConfig config;

    public Arch2VecTrainer(Arch2VecConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** What training produced: the table and how well the model reconstructs the cells. */
    public record Result(EmbeddingTable table, double typeAccuracy, double adjacencyAccuracy, double[] epochLosses,
            double seconds) {
    }

    /**
     * Trains on every cell of {@code graph}'s space.
     *
     * @param onEpoch called with each finished epoch's number (1-based), for progress
     */
    public Result train(CellGraph graph, IntConsumer onEpoch) {
        Objects.requireNonNull(graph, "graph");
        long start = System.nanoTime();
        int cells = graph.cells();
        int nodes = CellGraph.NODES;
        int types = graph.types();
        float[] oneHot = new float[cells * nodes * types];
        for (int c = 0; c < cells; c++) {
            int[] t = graph.nodeTypes(c);
            for (int v = 0; v < nodes; v++) {
                oneHot[(c * nodes + v) * types + t[v]] = 1f;
            }
        }
        float[] symmetric = symmetricAdjacency(graph.adjacency());
        SplittableRandom random = new SplittableRandom(config.seed());
        try (NDManager manager = NeuralEngine.newManager()) {
            Model model = new Model(manager, types, random);
            Optimizer adam = Adam.builder().optLearningRateTracker(Tracker.fixed((float) config.learningRate())).build();
            int[] order = new int[cells];
            for (int i = 0; i < cells; i++) {
                order[i] = i;
            }
            double[] losses = new double[config.epochs()];
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                shuffle(order, random);
                double sum = 0;
                int steps = 0;
                for (int from = 0; from < cells; from += config.batch()) {
                    int size = Math.min(config.batch(), cells - from);
                    float[] x = new float[size * nodes * types];
                    for (int b = 0; b < size; b++) {
                        System.arraycopy(oneHot, order[from + b] * nodes * types, x, b * nodes * types, nodes * types);
                    }
                    float[] noise = new float[size * nodes * config.latent()];
                    for (int i = 0; i < noise.length; i++) {
                        noise[i] = (float) gaussian(random);
                    }
                    sum += model.step(x, size, symmetric, noise, adam);
                    steps++;
                }
                losses[epoch - 1] = sum / steps;
                if (!Double.isFinite(losses[epoch - 1])) {
                    throw new IllegalStateException("arch2vec training diverged in epoch " + epoch
                            + "; lower the learning rate");
                }
                onEpoch.accept(epoch);
            }
            float[] embedding = new float[cells * config.latent()];
            long typesRight = 0;
            long adjacencyRight = 0;
            int chunk = 1024;
            for (int from = 0; from < cells; from += chunk) {
                int size = Math.min(chunk, cells - from);
                float[] x = new float[size * nodes * types];
                System.arraycopy(oneHot, from * nodes * types, x, 0, x.length);
                long[] right = model.embed(x, size, symmetric, embedding, from);
                typesRight += right[0];
                adjacencyRight += right[1];
            }
            String provenance = provenance(graph);
            EmbeddingTable table = new EmbeddingTable(graph.space().name(), provenance, cells, config.latent(),
                    embedding);
            return new Result(table, typesRight / (double) (cells * nodes),
                    adjacencyRight / (double) ((long) cells * nodes * nodes), losses,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private String provenance(CellGraph graph) {
        Map<String, Object> m = new LinkedHashMap<>(config.toMap());
        m.put("space", graph.space().name());
        m.put("cells", graph.cells());
        m.put("row", "mean over nodes of the encoder's latent mean");
        return Json.write(m);
    }

    private static float[] symmetricAdjacency(boolean[][] adjacency) {
        int n = adjacency.length;
        float[] out = new float[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (adjacency[a][b] || adjacency[b][a]) {
                    out[a * n + b] = 1f;
                }
            }
        }
        return out;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** A standard normal draw by Box-Muller, so the noise does not depend on the JDK's algorithm. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The weights and the forward pass. */
    private final class Model {

        private final NDManager manager;
        private final int types;
        private final List<NDArray> parameters = new ArrayList<>();
        private final NDArray[] w1;
        private final NDArray[] b1;
        private final NDArray[] w2;
        private final NDArray[] b2;
        private final NDArray wMean;
        private final NDArray bMean;
        private final NDArray wLogVar;
        private final NDArray bLogVar;
        private final NDArray wTypes;
        private final NDArray bTypes;

        Model(NDManager manager, int types, SplittableRandom random) {
            this.manager = manager;
            this.types = types;
            int layers = config.layers();
            int hidden = config.hidden();
            w1 = new NDArray[layers];
            b1 = new NDArray[layers];
            w2 = new NDArray[layers];
            b2 = new NDArray[layers];
            for (int k = 0; k < layers; k++) {
                int in = k == 0 ? types : hidden;
                w1[k] = weight(in, hidden, random);
                b1[k] = bias(in, hidden, random);
                w2[k] = weight(hidden, hidden, random);
                b2[k] = bias(hidden, hidden, random);
            }
            wMean = weight(hidden, config.latent(), random);
            bMean = bias(hidden, config.latent(), random);
            wLogVar = weight(hidden, config.latent(), random);
            bLogVar = bias(hidden, config.latent(), random);
            wTypes = weight(config.latent(), types, random);
            bTypes = bias(config.latent(), types, random);
        }

        /** PyTorch's default Linear initialisation: uniform in ±1/√fan-in. */
        private NDArray weight(int in, int out, SplittableRandom random) {
            return parameter(uniform(in * out, 1 / Math.sqrt(in), random), new Shape(in, out));
        }

        private NDArray bias(int in, int out, SplittableRandom random) {
            return parameter(uniform(out, 1 / Math.sqrt(in), random), new Shape(out));
        }

        private NDArray parameter(float[] values, Shape shape) {
            NDArray array = manager.create(values, shape);
            array.setRequiresGradient(true);
            parameters.add(array);
            return array;
        }

        private float[] uniform(int n, double bound, SplittableRandom random) {
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = (float) ((2 * random.nextDouble() - 1) * bound);
            }
            return out;
        }

        /** One Adam step on a batch; returns the batch's loss. */
        double step(float[] x, int size, float[] symmetric, float[] noise, Optimizer adam) {
            float[] loss = new float[1];
            try (NDScope scope = new NDScope()) {
                NDArray types0 = manager.create(x, new Shape(size, CellGraph.NODES, types));
                NDArray adjacency = manager.create(symmetric, new Shape(CellGraph.NODES, CellGraph.NODES));
                NDArray epsilon = manager.create(noise, new Shape(size, CellGraph.NODES, config.latent()));
                ThreadGradients.backpropagateSum(() -> {
                    NDArray value = loss(types0, adjacency, epsilon);
                    loss[0] = value.getFloat();
                    return value;
                });
            }
            // Outside the scope: Adam's moments, made on the first update, must outlive the step.
            ThreadGradients.withoutRecording(() -> {
                for (int i = 0; i < parameters.size(); i++) {
                    NDArray weight = parameters.get(i);
                    try (NDArray gradient = weight.getGradient()) {
                        adam.update("p" + i, weight, gradient);
                        gradient.muli(0); // PyTorch adds each backward pass to the stored gradient
                    }
                }
            });
            return loss[0];
        }

        private NDArray encode(NDArray h, NDArray adjacency) {
            for (int k = 0; k < config.layers(); k++) {
                NDArray aggregate = h.add(adjacency.matMul(h));
                h = Activation.relu(Activation.relu(aggregate.matMul(w1[k]).add(b1[k])).matMul(w2[k]).add(b2[k]));
            }
            return h;
        }

        private NDArray loss(NDArray x, NDArray adjacency, NDArray epsilon) {
            NDArray h = encode(x, adjacency);
            NDArray mean = h.matMul(wMean).add(bMean);
            NDArray logVar = h.matMul(wLogVar).add(bLogVar);
            NDArray z = mean.add(logVar.mul(0.5f).exp().mul(epsilon));
            NDArray typeLoss = x.mul(z.matMul(wTypes).add(bTypes).logSoftmax(2)).sum(new int[] {2}).mean().neg();
            NDArray logits = z.matMul(z.transpose(0, 2, 1));
            NDArray adjacencyLoss = logits.maximum(0).sub(logits.mul(adjacency))
                    .add(logits.abs().neg().exp().add(1).log()).mean();
            NDArray kl = logVar.add(1).sub(mean.square()).sub(logVar.exp()).mean().mul(-0.5f);
            return typeLoss.add(adjacencyLoss).add(kl.mul((float) config.beta()));
        }

        /**
         * Writes the embedding of {@code size} graphs to {@code out} from row {@code row}; returns how
         * many node types and adjacency entries the latent means reconstruct.
         */
        long[] embed(float[] x, int size, float[] symmetric, float[] out, int row) {
            try (NDScope scope = new NDScope()) {
                NDArray types0 = manager.create(x, new Shape(size, CellGraph.NODES, types));
                NDArray adjacency = manager.create(symmetric, new Shape(CellGraph.NODES, CellGraph.NODES));
                NDArray mean = encode(types0, adjacency).matMul(wMean).add(bMean);
                float[] rows = mean.mean(new int[] {1}).toFloatArray();
                System.arraycopy(rows, 0, out, row * config.latent(), rows.length);
                long typesRight = mean.matMul(wTypes).add(bTypes).argMax(2).eq(types0.argMax(2))
                        .toType(DataType.INT64, false).sum().getLong();
                long adjacencyRight = mean.matMul(mean.transpose(0, 2, 1)).gt(0)
                        .eq(adjacency.gt(0.5f)).toType(DataType.INT64, false).sum().getLong();
                return new long[] {typesRight, adjacencyRight};
            }
        }

    }
}
