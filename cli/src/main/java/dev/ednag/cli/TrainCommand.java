package dev.ednag.cli;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.ParameterCount;
import dev.ednag.neural.TorchDefaultInit;
import dev.ednag.neural.data.Augmentation;
import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.ImageDataset;
import dev.ednag.neural.engine.NeuralEngine;
import dev.ednag.neural.nb201.Nb201NetworkBuilder;
import dev.ednag.neural.nb201.Nb201Skeleton;
import dev.ednag.neural.train.EpochRecord;
import dev.ednag.neural.train.NetworkTrainer;
import dev.ednag.neural.train.TrainingArtifacts;
import dev.ednag.neural.train.TrainingConfig;
import dev.ednag.neural.train.TrainingListener;
import dev.ednag.neural.train.TrainingResult;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag train}: trains one NB201 cell as a real network on an image dataset. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Trains an NAS-Bench-201 cell as a real network (DJL + PyTorch on the CPU, one native thread) with "
                + "the benchmark's recipe: SGD with Nesterov momentum 0.9, cosine learning rate from 0.1 to 0 per "
                + "step, weight decay 5e-4, random crop and flip. The validation split is measured after every "
                + "epoch; the test split once, at the end, and only reported.",
            "",
            "Writes to the output folder: training.csv (one row per epoch, rewritten as each epoch ends), "
                + "learning-curve.png, model.params (DJL parameters) and architecture.json (the cell, the skeleton, "
                + "the images per split, the normalisation, the settings and the results; written last).",
            ""},
        footer = {"",
            "Data: 'fashion-mnist' (Debian package dataset-fashion-mnist, or EDNAG_FASHION_MNIST=folder), a folder of "
                + "the four MNIST-style IDX files, or an image folder with one subfolder per class (train/ and test/ "
                + "subfolders are used as splits when present). 10 %% of the training images are held out for "
                + "validation.",
            "",
            "Exit codes: 0 done, 2 bad input (nothing written), 1 internal error."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--arch", paramLabel = "CELL", required = true,
            description = "The NB201 arch string, e.g. '|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|"
                    + "nor_conv_3x3~1|nor_conv_3x3~2|'.")
    String arch;

    @Option(names = "--data", paramLabel = "SOURCE", required = true, description = "The images (see below).")
    String data;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "128", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "0.1", description = "Initial learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--cutout", paramLabel = "PIXELS", defaultValue = "0",
            description = "Side of the cutout square, 0 for none (default: ${DEFAULT-VALUE}).")
    int cutout;

    @Option(names = "--no-augment", description = "No random crop and flip.")
    boolean noAugment;

    @Option(names = "--width", paramLabel = "C", defaultValue = "16", description = "Skeleton channel width C (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--cells", paramLabel = "N", defaultValue = "5", description = "Cells per stage N (default: ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--max-train", paramLabel = "N", defaultValue = "0",
            description = "Use at most N training images (and N/9 validation, N/6 test); 0 for all (default).")
    int maxTrain;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the split, the initial weights, the order and the augmentation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no epoch lines; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Nb201Cell cell = InputException.parsing(() -> Nb201Space.instance().parse(arch), "--arch");
        Nb201Skeleton skeleton = InputException.parsing(() -> new Nb201Skeleton(width, cells), null);
        if (maxTrain < 0) {
            throw new InputException("--max-train must be at least 0, got " + maxTrain);
        }
        Augmentation augmentation = InputException.parsing(
                () -> noAugment ? new Augmentation(0, false, cutout) : new Augmentation(4, true, cutout), "--cutout");
        TrainingConfig config = InputException.parsing(() -> TrainingConfig.defaults().withEpochs(epochs)
                .withBatchSize(batchSize).withLearningRate(learningRate).withAugmentation(augmentation).withSeed(seed), null);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out '" + out + "' exists and is not a folder");
        }
        if (Files.exists(out.resolve(TrainingArtifacts.ARCHITECTURE))) {
            throw new InputException(out + " already holds a trained model; use another --out or remove it");
        }
        DatasetSplits splits = TrainingData.load(data, seed);
        if (maxTrain > 0) {
            DatasetSplits all = splits;
            splits = InputException.parsing(() -> all.limit(maxTrain, Math.max(2, maxTrain / 9), Math.max(2, maxTrain / 6),
                    seed), "--max-train");
        }
        ImageDataset train = splits.train();
        ImageTask task = new ImageTask(train.channels(), train.height(), train.width(), train.classes());
        Nb201NetworkBuilder builder = new Nb201NetworkBuilder(skeleton);

        Files.createDirectories(out);
        TrainingArtifacts artifacts = new TrainingArtifacts(out);
        PrintWriter w = command.commandLine().getOut();
        ProgressBar bar = new ProgressBar(System.err, !quiet && ProgressBar.interactive());
        try (NDManager manager = NeuralEngine.newManager()) {
            Block net = builder.build(cell, task, true);
            net.initialize(manager, DataType.FLOAT32, task.batchShape(1));
            TorchDefaultInit.apply(net, seed);
            if (!quiet) {
                w.printf(Locale.ROOT, "training %s%n  on %s: %d train, %d validation, %d test images (%s)%n  %,d parameters,"
                        + " %d epochs, batch %d%n", cell.key(), data, train.size(), splits.validation().size(),
                        splits.test().size(), task, ParameterCount.of(net), epochs, batchSize);
                w.flush();
            }
            TrainingListener progress = new TrainingListener() {
                @Override
                public void onBatch(int epoch, int batch, int batches, double runningLoss) {
                    bar.draw(batch, batches, String.format(Locale.ROOT, "epoch %d/%d · batch %d/%d · loss %.4f", epoch,
                            epochs, batch, batches, runningLoss));
                }

                @Override
                public void onEpoch(EpochRecord row) {
                    bar.finish();
                    if (!quiet) {
                        w.printf(Locale.ROOT, "  epoch %3d  lr %.4f  train loss %.4f acc %6.2f  valid loss %.4f acc %6.2f"
                                + "  %.0f s%n", row.epoch(), row.learningRate(), row.trainLoss(), row.trainAccuracy(),
                                row.validLoss(), row.validAccuracy(), row.seconds());
                        w.flush();
                    }
                }
            };
            TrainingResult result;
            try {
                result = NetworkTrainer.train(net, new Shape(task.channels(), task.height(), task.width()), splits,
                        config, artifacts.epochLog().andThen(progress));
            } finally {
                bar.finish();
            }
            artifacts.writeAll(net, description(cell, builder, task, splits), config, result);
            if (!quiet) {
                w.printf(Locale.ROOT, "test accuracy %.2f %% (validation %.2f %%), %.0f s CPU, %.0f s wall%n",
                        result.testAccuracy(), result.finalValidAccuracy(), result.cpuSeconds(), result.wallSeconds());
                w.println("wrote " + out + "/{training.csv, learning-curve.png, model.params, architecture.json}");
                w.flush();
            }
        }
        return 0;
    }

    private Map<String, Object> description(Nb201Cell cell, Nb201NetworkBuilder builder, ImageTask task,
            DatasetSplits splits) {
        Map<String, Object> m = new LinkedHashMap<>(builder.describe());
        m.put("arch", cell.key());
        m.put("data", data);
        // The images each split held, so the accuracies can be read against them.
        Map<String, Object> images = new LinkedHashMap<>();
        images.put("train", splits.train().size());
        images.put("validation", splits.validation().size());
        images.put("test", splits.test().size());
        m.put("images", images);
        m.put("classes", task.classes());
        return m;
    }
}
