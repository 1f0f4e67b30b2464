package dev.ednag.neural.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import dev.ednag.neural.data.Augmentation;
import dev.ednag.neural.data.DataOptions;
import dev.ednag.neural.data.DataSources;
import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.FashionMnist;
import dev.ednag.neural.engine.NeuralEngine;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NetworkTrainerTest {

    private static final Shape BARS = new Shape(1, SyntheticImages.SIZE, SyntheticImages.SIZE);
    private static final DatasetSplits DATA = SyntheticImages.splits(600, 200, 1);
    private static final TrainingConfig QUICK = new TrainingConfig(3, 32, 0.1, 0.9, true, 5e-4, Augmentation.none(),
            5, 0);

    @BeforeAll
    static void engine() {
        NeuralEngine.get();
    }

    /** Records what the trainer reports. */
    private static final class Recorder implements TrainingListener {
        final List<int[]> batches = new ArrayList<>();
        final List<EpochRecord> epochs = new ArrayList<>();

        @Override
        public void onBatch(int epoch, int batch, int batchCount, double runningLoss) {
            assertTrue(Double.isFinite(runningLoss));
            batches.add(new int[] {epoch, batch, batchCount});
        }

        @Override
        public void onEpoch(EpochRecord row) {
            epochs.add(row);
        }
    }

    @Test
    void learnsASeparableProblemAndReportsEveryStep() {
        Recorder recorder = new Recorder();
        TrainingResult result = NetworkTrainer.train(TinyNetworks.convNet(16, 4), BARS, DATA, QUICK, recorder);

        List<EpochRecord> epochs = result.epochs();
        assertEquals(3, epochs.size());
        assertEquals(epochs, recorder.epochs);
        // 540 training images in batches of 32: 16 full batches and one of 28.
        assertEquals(3 * 17, recorder.batches.size());
        assertEquals(List.of(1, 1, 17), List.of(recorder.batches.get(0)[0], recorder.batches.get(0)[1],
                recorder.batches.get(0)[2]));
        assertEquals(List.of(3, 17, 17), List.of(recorder.batches.get(50)[0], recorder.batches.get(50)[1],
                recorder.batches.get(50)[2]));
        assertEquals(3 * 540, result.trainedImages());

        assertTrue(epochs.get(2).trainLoss() < epochs.get(0).trainLoss(), "training loss falls: " + epochs);
        assertTrue(result.finalValidAccuracy() > 85, "validation accuracy far above the 25% of guessing: " + epochs);
        assertTrue(result.testAccuracy() > 85, "test accuracy " + result.testAccuracy());
        // The cosine ends near 0: the last step is step 50 of 51.
        assertEquals(0.1 * 0.5 * (1 + Math.cos(Math.PI * 50 / 51)), epochs.get(2).learningRate(), 1e-7);
        assertEquals(SyntheticImages.CLASSES, result.classNames());
        assertEquals(BARS, result.inputShape());
        assertTrue(result.cpuSeconds() > 0 && result.wallSeconds() > 0);
    }

    @Test
    void sameSeedSameRun() {
        TrainingConfig short1 = QUICK.withEpochs(1).withMaxTrainBatchesPerEpoch(4)
                .withAugmentation(new Augmentation(2, true, 4));
        TrainingResult first = NetworkTrainer.train(TinyNetworks.convNet(4, 4), BARS, DATA, short1, TrainingListener.NONE);
        TrainingResult second = NetworkTrainer.train(TinyNetworks.convNet(4, 4), BARS, DATA, short1, TrainingListener.NONE);
        TrainingResult other = NetworkTrainer.train(TinyNetworks.convNet(4, 4), BARS, DATA, short1.withSeed(6),
                TrainingListener.NONE);
        assertEquals(first.lastEpoch().trainLoss(), second.lastEpoch().trainLoss());
        assertEquals(first.lastEpoch().validLoss(), second.lastEpoch().validLoss());
        assertFalse(first.lastEpoch().trainLoss() == other.lastEpoch().trainLoss());
    }

    @Test
    void keepsTheWeightsOfAnInitialisedBlock() {
        SequentialBlock block = TinyNetworks.convNet(4, 4);
        try (NDManager manager = NDManager.newBaseManager()) {
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, SyntheticImages.SIZE, SyntheticImages.SIZE));
            // Weights no initialiser draws, set the way a builder with its own weights would.
            NDArray convWeight = block.getParameters().get(0).getValue().getArray();
            convWeight.muli(0).addi(0.25f);
            // A learning rate so small that one step cannot move the weights visibly.
            TrainingConfig oneTinyStep = new TrainingConfig(1, 32, 1e-9, 0.9, true, 0, Augmentation.none(), 3, 1);
            NetworkTrainer.train(block, BARS, DATA, oneTinyStep, TrainingListener.NONE);
            assertSame(convWeight, block.getParameters().get(0).getValue().getArray(), "the same array");
            assertEquals(0.25f, convWeight.min().getFloat(), 1e-6f);
            assertEquals(0.25f, convWeight.max().getFloat(), 1e-6f);
        }
    }

    @Test
    void capsTheStepsPerEpoch() {
        Recorder recorder = new Recorder();
        TrainingResult result = NetworkTrainer.train(TinyNetworks.convNet(2, 4), BARS, DATA,
                QUICK.withEpochs(2).withMaxTrainBatchesPerEpoch(3), recorder);
        assertEquals(6, recorder.batches.size());
        assertEquals(3, recorder.batches.get(5)[2]);
        assertEquals(2 * 3 * 32, result.trainedImages());
    }

    @Test
    void rejectsNetworksThatDoNotFitTheData() {
        assertEquals("the network's input shape (3, 12, 12) does not match the images' (1, 12, 12) (channels, height,"
                + " width)", assertThrows(IllegalArgumentException.class, () -> NetworkTrainer.train(
                        TinyNetworks.convNet(2, 4), new Shape(3, 12, 12), DATA, QUICK, TrainingListener.NONE)).getMessage());
        assertEquals("the network outputs (32, 10) for a batch of 32, expected (32, 4): the data has 4 classes",
                assertThrows(IllegalArgumentException.class, () -> NetworkTrainer.train(
                        TinyNetworks.convNet(2, 10), BARS, DATA, QUICK, TrainingListener.NONE)).getMessage());
    }

    @Test
    void divergenceIsReportedNotHidden() {
        TrainingConfig wild = new TrainingConfig(1, 32, 1e38, 0.9, true, 0, Augmentation.none(), 3, 0);
        String message = assertThrows(IllegalStateException.class,
                () -> NetworkTrainer.train(TinyNetworks.convNet(2, 4), BARS, DATA, wild, TrainingListener.NONE))
                .getMessage();
        assertTrue(message.startsWith("training diverged: the loss is"), message);
    }

    @Test
    void learnsFashionMnistFromAThousandImagesWhenInstalled() {
        assumeTrue(Files.isRegularFile(FashionMnist.FOLDER.resolve("train-images-idx3-ubyte.gz")),
                "Fashion-MNIST is not installed");
        DatasetSplits slice = DataSources.load(FashionMnist.NAME, DataOptions.defaults()).limit(1000, 500, 500, 2);
        TrainingConfig config = new TrainingConfig(3, 50, 0.2, 0.9, true, 5e-4, Augmentation.none(), 2, 0);
        TrainingResult result = NetworkTrainer.train(TinyNetworks.twoStageConvNet(8, 10), new Shape(1, 28, 28), slice,
                config,
                TrainingListener.NONE);
        assertTrue(result.finalValidAccuracy() > 40, "far above the 10% of guessing: " + result.epochs());
        assertTrue(result.lastEpoch().trainLoss() < result.epochs().get(0).trainLoss(), result.epochs().toString());
    }
}
