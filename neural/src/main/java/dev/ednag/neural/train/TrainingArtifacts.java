package dev.ednag.neural.train;

import ai.djl.nn.Block;
import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.json.Json;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The files a training run leaves in its output folder, each written atomically:
 * <ul>
 *   <li>{@value #CSV}: one row per epoch, rewritten after every epoch so a crash keeps the finished ones;</li>
 *   <li>{@value #CURVE}: loss and accuracy against epochs;</li>
 *   <li>{@value #PARAMETERS}: the trained parameters in DJL's format;</li>
 *   <li>{@value #ARCHITECTURE}: the caller's description of the network plus input shape, classes,
 *       normalisation, training settings and results, enough to rebuild the network with
 *       {@link TrainedModel#load}.</li>
 * </ul>
 */
public final class TrainingArtifacts {

    public static final String CSV = "training.csv";
    public static final String CURVE = "learning-curve.png";
    public static final String PARAMETERS = "model.params";
    public static final String ARCHITECTURE = "architecture.json";
    public static final String CSV_HEADER = "epoch,learning_rate,train_loss,train_accuracy,valid_loss,valid_accuracy,seconds";
    /** Keys of {@value #ARCHITECTURE} that are written here, so a caller's description must not use them. */
    public static final List<String> RESERVED_KEYS = List.of("inputShape", "classNames", "normalisation", "training",
            "result");

    private final Path folder;

    public TrainingArtifacts(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /** A listener that rewrites {@value #CSV} with all epochs so far after each epoch. */
    public TrainingListener epochLog() {
        List<EpochRecord> rows = new ArrayList<>();
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord row) {
                rows.add(row);
                try {
                    writeEpochs(rows);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + folder.resolve(CSV) + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Writes every file: the CSV, the learning curve, the parameters and the description.
     *
     * @param description what the caller needs to rebuild the block (e.g. space, architecture, channels)
     * @throws IllegalArgumentException when the description uses a {@linkplain #RESERVED_KEYS reserved key}
     */
    public void writeAll(Block block, Map<String, Object> description, TrainingConfig config, TrainingResult result)
            throws IOException {
        Map<String, Object> architecture = architecture(description, config, result);
        writeEpochs(result.epochs());
        writeLearningCurve(result.epochs());
        writeParameters(block);
        // Last, so that its presence means the folder is complete.
        AtomicFiles.write(folder.resolve(ARCHITECTURE), Json.writePretty(architecture) + "\n");
    }

    public void writeEpochs(List<EpochRecord> rows) throws IOException {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (EpochRecord row : rows) {
            csv.append(String.format(Locale.ROOT, "%d,%.8g,%.6f,%.4f,%.6f,%.4f,%.3f%n", row.epoch(), row.learningRate(),
                    row.trainLoss(), row.trainAccuracy(), row.validLoss(), row.validAccuracy(), row.seconds()));
        }
        AtomicFiles.write(folder.resolve(CSV), csv.toString());
    }

    public void writeLearningCurve(List<EpochRecord> rows) throws IOException {
        AtomicFiles.write(folder.resolve(CURVE), LearningCurveChart.png(rows));
    }

    public void writeParameters(Block block) throws IOException {
        AtomicFiles.writeWith(folder.resolve(PARAMETERS), temp -> {
            try (OutputStream file = Files.newOutputStream(temp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
                block.saveParameters(out);
            }
        });
    }

    /** The content of {@value #ARCHITECTURE}: the description first, then what training added. */
    static Map<String, Object> architecture(Map<String, Object> description, TrainingConfig config,
            TrainingResult result) {
        for (String key : RESERVED_KEYS) {
            if (description.containsKey(key)) {
                throw new IllegalArgumentException("the network description must not use the key '" + key
                        + "': training writes it");
            }
        }
        Map<String, Object> map = new LinkedHashMap<>(description);
        map.put("inputShape", result.inputShape().getShape());
        map.put("classNames", result.classNames());
        map.put("normalisation", result.normalisation().toMap());
        map.put("training", config.toMap());
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("epochs", result.epochs().size());
        outcome.put("finalTrainLoss", result.lastEpoch().trainLoss());
        outcome.put("finalValidLoss", result.lastEpoch().validLoss());
        outcome.put("finalValidAccuracy", result.finalValidAccuracy());
        outcome.put("testLoss", result.testLoss());
        outcome.put("testAccuracy", result.testAccuracy());
        outcome.put("cpuSeconds", result.cpuSeconds());
        outcome.put("wallSeconds", result.wallSeconds());
        outcome.put("imagesPerSecond", result.imagesPerSecond());
        map.put("result", outcome);
        return map;
    }
}
