package dev.ednag.neural.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import dev.ednag.core.json.Json;
import dev.ednag.neural.data.Augmentation;
import dev.ednag.neural.data.BatchMaker;
import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.LabelledBatch;
import dev.ednag.neural.data.Normalisation;
import dev.ednag.neural.engine.NeuralEngine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingArtifactsTest {

    private static final Shape BARS = new Shape(1, SyntheticImages.SIZE, SyntheticImages.SIZE);
    private static final DatasetSplits DATA = SyntheticImages.splits(200, 40, 3);
    private static final TrainingConfig TWO_EPOCHS = new TrainingConfig(2, 32, 0.1, 0.9, true, 5e-4,
            Augmentation.none(), 1, 0);

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        NeuralEngine.get();
    }

    private static Map<String, Object> description(int filters) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("network", "conv-bn-relu-pool-linear");
        description.put("filters", filters);
        return description;
    }

    /** The test's block factory: reads back what {@link #description} wrote. */
    private static Block fromDescription(Map<String, Object> architecture) {
        int filters = ((Long) architecture.get("filters")).intValue();
        return TinyNetworks.convNet(filters, ((List<?>) architecture.get("classNames")).size());
    }

    private static float[] logits(Block block, Normalisation normalisation, NDManager manager) {
        BatchMaker batches = BatchMaker.forEvaluation(DATA.test(), normalisation);
        try (LabelledBatch batch = batches.batch(manager, new int[] {0, 1, 2, 3, 4, 5}, 0, 6)) {
            NDArray out = block.forward(new ParameterStore(manager, false), new NDList(batch.images()), false)
                    .singletonOrThrow();
            return out.toFloatArray();
        }
    }

    @Test
    void roundTripGivesTheSameLogitsAndEveryFileIsWritten() throws IOException {
        SequentialBlock block = TinyNetworks.convNet(6, 4);
        TrainingArtifacts artifacts = new TrainingArtifacts(dir.resolve("run"));
        TrainingResult result = NetworkTrainer.train(block, BARS, DATA, TWO_EPOCHS, artifacts.epochLog());
        artifacts.writeAll(block, description(6), TWO_EPOCHS, result);

        try (NDManager manager = NDManager.newBaseManager()) {
            float[] before = logits(block, result.normalisation(), manager);
            TrainedModel loaded = TrainedModel.load(dir.resolve("run"), manager, TrainingArtifactsTest::fromDescription);
            assertArrayEquals(before, logits(loaded.block(), loaded.normalisation(), manager), 0f);
            assertEquals(result.normalisation(), loaded.normalisation());
            assertEquals(BARS, loaded.inputShape());
            assertEquals(SyntheticImages.CLASSES, loaded.classNames());
            assertEquals("conv-bn-relu-pool-linear", loaded.architecture().get("network"));
        }

        List<String> csv = Files.readAllLines(dir.resolve("run/training.csv"));
        assertEquals(List.of("epoch", "learning_rate", "train_loss", "train_accuracy", "valid_loss", "valid_accuracy",
                "seconds"), List.of(csv.get(0).split(",")));
        assertEquals(3, csv.size());
        String[] second = csv.get(2).split(",");
        assertEquals("2", second[0]);
        assertEquals(result.lastEpoch().validAccuracy(), Double.parseDouble(second[5]), 1e-4);

        BufferedImage curve = ImageIO.read(dir.resolve("run/learning-curve.png").toFile());
        assertEquals(800, curve.getWidth());
        assertEquals(720, curve.getHeight());

        Map<String, Object> architecture = Json.parseObject(Files.readString(dir.resolve("run/architecture.json")));
        assertEquals(List.of("network", "filters", "inputShape", "classNames", "normalisation", "training", "result"),
                List.copyOf(architecture.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = (Map<String, Object>) architecture.get("result");
        assertEquals(2L, outcome.get("epochs"));
        assertEquals(result.testAccuracy(), (Double) outcome.get("testAccuracy"));
        assertEquals(result.finalValidAccuracy(), (Double) outcome.get("finalValidAccuracy"));
        assertTrue(outcome.containsKey("cpuSeconds") && outcome.containsKey("wallSeconds"));
        @SuppressWarnings("unchecked")
        Map<String, Object> training = (Map<String, Object>) architecture.get("training");
        assertEquals(0.1, training.get("learningRate"));
    }

    @Test
    void epochLogRewritesTheCsvAfterEveryEpoch() throws IOException {
        TrainingArtifacts artifacts = new TrainingArtifacts(dir);
        TrainingListener log = artifacts.epochLog();
        log.onEpoch(new EpochRecord(1, 0.1, 2.5, 10, 2.4, 12.5, 1.25));
        assertEquals(List.of(TrainingArtifacts.CSV_HEADER, "1,0.10000000,2.500000,10.0000,2.400000,12.5000,1.250"),
                Files.readAllLines(dir.resolve("training.csv")));
        log.onEpoch(new EpochRecord(2, 0.05, 2.0, 20, 1.9, 25, 1.5));
        assertEquals(3, Files.readAllLines(dir.resolve("training.csv")).size());
    }

    @Test
    void descriptionMustNotUseKeysTrainingWrites() {
        TrainingResult result = new TrainingResult(List.of(new EpochRecord(1, 0.1, 1, 50, 1, 50, 1)), 1, 50,
                new Normalisation(new double[] {0.5}, new double[] {0.25}), BARS, SyntheticImages.CLASSES, 1, 1, 10, 1);
        Map<String, Object> clash = Map.of("result", "mine");
        assertEquals("the network description must not use the key 'result': training writes it",
                assertThrows(IllegalArgumentException.class,
                        () -> TrainingArtifacts.architecture(clash, TWO_EPOCHS, result)).getMessage());
    }

    @Test
    void loadingExplainsWhatIsMissingOrWrong() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertEquals("no architecture.json in " + dir, assertThrows(IllegalArgumentException.class,
                    () -> TrainedModel.load(dir, manager, TrainingArtifactsTest::fromDescription)).getMessage());

            SequentialBlock block = TinyNetworks.convNet(3, 4);
            TrainingArtifacts artifacts = new TrainingArtifacts(dir);
            TrainingConfig oneStep = TWO_EPOCHS.withEpochs(1).withMaxTrainBatchesPerEpoch(1);
            TrainingResult result = NetworkTrainer.train(block, BARS, DATA, oneStep, TrainingListener.NONE);
            artifacts.writeAll(block, description(3), oneStep, result);
            // A factory that builds a wider network than the one saved.
            String message = assertThrows(IllegalArgumentException.class,
                    () -> TrainedModel.load(dir, manager, architecture -> TinyNetworks.convNet(5, 4))).getMessage();
            assertEquals(dir.resolve("model.params") + " does not fit the block built from architecture.json: parameter"
                    + " 01Conv2d_weight has shape (3, 1, 3, 3) in the file but (5, 1, 3, 3) in the block", message);
        }
    }
}
