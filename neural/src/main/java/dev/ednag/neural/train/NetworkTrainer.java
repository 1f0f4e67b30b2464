package dev.ednag.neural.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import dev.ednag.neural.data.BatchMaker;
import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.EpochShuffle;
import dev.ednag.neural.data.ImageDataset;
import dev.ednag.neural.data.LabelledBatch;
import dev.ednag.neural.data.Normalisation;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.engine.ThreadGradients;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains an image classifier with softmax cross-entropy and {@link NesterovSgd} in a plain
 * autograd loop. Each epoch trains on the shuffled training split (training mode: BatchNorm uses
 * batch statistics and updates its running ones), then evaluates the validation split in inference
 * mode; the test split is evaluated once at the end.
 *
 * <p>A block whose parameters are already set (for instance by a builder with its own
 * deterministic weights, or loaded from a file) keeps them; only an uninitialised block is
 * initialised, with DJL's default initialisers seeded by the configuration's seed, into a manager
 * that lives as long as the process (callers training many networks initialise them in managers
 * they close). A final training batch of a single image is skipped, because BatchNorm has no batch
 * variance for it.
 *
 * <p>DJL's PyTorch engine lets only one gradient collector exist per process at a time, so
 * trainings (and anything else taking gradients) must not run in parallel threads.
 */
public final class NetworkTrainer {

    private static final Loss LOSS = Loss.softmaxCrossEntropyLoss();

    private final Engine engine;
    private final Block block;
    private final DatasetSplits data;
    private final TrainingConfig config;
    private final TrainingListener listener;
    private final Normalisation normalisation;
    private final List<Parameter> trainable;
    private final int stepsPerEpoch;

    private NetworkTrainer(Engine engine, Block block, DatasetSplits data, TrainingConfig config,
            TrainingListener listener) {
        this.engine = engine;
        this.block = block;
        this.data = data;
        this.config = config;
        this.listener = listener;
        ImageDataset train = data.train();
        this.normalisation = Normalisation.fit(train);
        if (!block.isInitialized()) {
            engine.setRandomSeed(Long.hashCode(config.seed()));
            block.initialize(engine.newBaseManager(), DataType.FLOAT32,
                    new Shape(1, train.channels(), train.height(), train.width()));
        }
        this.trainable = trainableParameters(block);
        this.stepsPerEpoch = stepsPerEpoch(train.size(), config);
    }

    /**
     * Trains {@code block} in place.
     *
     * @param inputShape channels, height, width of one image; must match the data
     * @param listener   hears every step and epoch
     * @throws IllegalArgumentException when the input shape or the number of outputs does not fit
     *     the data, or there are fewer than two training images
     * @throws IllegalStateException when the loss becomes NaN or infinite (learning rate too high)
     */
    public static TrainingResult train(Block block, Shape inputShape, DatasetSplits data, TrainingConfig config,
            TrainingListener listener) {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        checkInputShape(inputShape, data.train());
        if (data.train().size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 images, got " + data.train().size());
        }
        long wallStart = System.nanoTime();
        long cpuStart = threadCpuNanos();
        NetworkTrainer trainer = new NetworkTrainer(NeuralEngine.get(), block, data, config, listener);
        return trainer.run(inputShape, wallStart, cpuStart);
    }

    private TrainingResult run(Shape inputShape, long wallStart, long cpuStart) {
        ImageDataset train = data.train();
        SplittableRandom random = new SplittableRandom(config.seed());
        BatchMaker trainBatches = new BatchMaker(train, normalisation, config.augmentation(), random.nextLong());
        BatchMaker validBatches = BatchMaker.forEvaluation(data.validation(), normalisation);
        List<EpochRecord> epochs = new ArrayList<>();
        long trainedImages = 0;
        long trainingNanos = 0;
        try (NDManager manager = engine.newBaseManager(); NesterovSgd optimizer = optimizer()) {
            ParameterStore store = new ParameterStore(manager, false);
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                int[] order = EpochShuffle.order(train.size(), random);
                LossAndAccuracy score = new LossAndAccuracy();
                for (int step = 0; step < stepsPerEpoch; step++) {
                    int from = step * config.batchSize();
                    int to = Math.min(train.size(), from + config.batchSize());
                    try (NDManager batchManager = manager.newSubManager();
                            LabelledBatch batch = trainBatches.batch(batchManager, order, from, to)) {
                        trainStep(store, batch, optimizer, score, epoch, step);
                    }
                    listener.onBatch(epoch, step + 1, stepsPerEpoch, score.loss());
                }
                trainedImages += score.seen();
                trainingNanos += System.nanoTime() - epochStart;
                LossAndAccuracy valid = SplitEvaluator.evaluate(block, store, validBatches, config.batchSize(), manager);
                EpochRecord row = new EpochRecord(epoch, optimizer.lastLearningRate(), score.loss(), score.accuracy(),
                        valid.loss(), valid.accuracy(), seconds(System.nanoTime() - epochStart));
                epochs.add(row);
                listener.onEpoch(row);
            }
            LossAndAccuracy test = SplitEvaluator.evaluate(block, store,
                    BatchMaker.forEvaluation(data.test(), normalisation), config.batchSize(), manager);
            return new TrainingResult(epochs, test.loss(), test.accuracy(), normalisation, inputShape,
                    train.classNames(), seconds(threadCpuNanos() - cpuStart), seconds(System.nanoTime() - wallStart),
                    trainedImages, seconds(trainingNanos));
        }
    }

    private void trainStep(ParameterStore store, LabelledBatch batch, NesterovSgd optimizer, LossAndAccuracy score,
            int epoch, int step) {
        NDArray logits;
        NDArray loss;
        try (GradientCollector collector = engine.newGradientCollector()) {
            logits = block.forward(store, new NDList(batch.images()), true).singletonOrThrow();
            checkOutputs(logits, batch.size());
            loss = LOSS.evaluate(new NDList(batch.labels()), new NDList(logits));
            collector.backward(loss);
        }
        float value = loss.getFloat();
        if (!Float.isFinite(value)) {
            throw new IllegalStateException("training diverged: the loss is " + value + " in epoch " + epoch
                    + ", step " + (step + 1) + "; lower the learning rate");
        }
        ThreadGradients.withoutRecording(() -> {
            for (Parameter parameter : trainable) {
                NDArray weight = parameter.getArray();
                try (NDArray gradient = weight.getGradient()) {
                    optimizer.update(parameter.getId(), weight, gradient);
                    // PyTorch adds each backward pass to the stored gradient.
                    gradient.muli(0);
                }
            }
        });
        score.add(value, logits, batch.labels());
    }

    private NesterovSgd optimizer() {
        return NesterovSgd.builder()
                .setLearningRateTracker(new CosineLearningRate(config.learningRate(), config.epochs() * stepsPerEpoch))
                .optMomentum((float) config.momentum())
                .optNesterov(config.nesterov())
                .optWeightDecays((float) config.weightDecay())
                .build();
    }

    private void checkOutputs(NDArray logits, int batchSize) {
        int classes = data.train().classes();
        Shape expected = new Shape(batchSize, classes);
        if (!logits.getShape().equals(expected)) {
            throw new IllegalArgumentException("the network outputs " + logits.getShape() + " for a batch of "
                    + batchSize + ", expected " + expected + ": the data has " + classes + " classes");
        }
    }

    /**
     * The parameters the optimizer updates (BatchNorm's running statistics are not among them),
     * made to record gradients: parameters loaded from a file or set by hand do not yet.
     */
    private static List<Parameter> trainableParameters(Block block) {
        List<Parameter> trainable = new ArrayList<>();
        for (Parameter parameter : block.getParameters().values()) {
            if (parameter.requiresGradient()) {
                if (!parameter.getArray().hasGradient()) {
                    parameter.getArray().setRequiresGradient(true);
                }
                trainable.add(parameter);
            }
        }
        return trainable;
    }

    /** Full batches plus the remainder, except a remainder of one image; at most the configured cap. */
    static int stepsPerEpoch(int images, TrainingConfig config) {
        int batchSize = config.batchSize();
        int steps = Math.max(1, images / batchSize + (images % batchSize >= 2 ? 1 : 0));
        int cap = config.maxTrainBatchesPerEpoch();
        return cap == 0 ? steps : Math.min(steps, cap);
    }

    private static void checkInputShape(Shape inputShape, ImageDataset train) {
        Shape images = new Shape(train.channels(), train.height(), train.width());
        if (!images.equals(inputShape)) {
            throw new IllegalArgumentException("the network's input shape " + inputShape + " does not match the images' "
                    + images + " (channels, height, width)");
        }
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
