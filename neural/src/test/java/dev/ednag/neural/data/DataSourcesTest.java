package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {

    @TempDir
    Path dir;

    private static String failure(String data, Map<String, String> environment) {
        return assertThrows(IllegalArgumentException.class,
                () -> DataSources.load(data, DataOptions.defaults(), environment::get)).getMessage();
    }

    @Test
    void idxFolderGivesNumberedClassesAndAValidationShareOfTrain() throws IOException {
        Path folder = IdxTestFiles.idxFolder(dir.resolve("digits"), 30, 9);
        DatasetSplits splits = DataSources.load(folder.toString(), DataOptions.defaults().withSeed(4));
        assertEquals(List.of("0", "1", "2"), splits.train().classNames());
        assertEquals(27, splits.train().size());
        assertEquals(3, splits.validation().size());
        assertEquals(9, splits.test().size());
        assertEquals(4, splits.test().height());
        assertEquals(5, splits.test().width());
    }

    @Test
    void missingFashionMnistSaysHowToInstallIt() {
        Path empty = dir.resolve("nothing-here");
        String message = failure("fashion-mnist", Map.of(FashionMnist.FOLDER_VARIABLE, empty.toString()));
        assertTrue(message.startsWith("Fashion-MNIST not found in " + empty + " (from EDNAG_FASHION_MNIST), missing"
                + " train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz"), message);
        assertTrue(message.endsWith("install it with 'sudo apt-get install dataset-fashion-mnist' or set"
                + " EDNAG_FASHION_MNIST to a folder with the four IDX files"), message);
        assertEquals(-1, message.indexOf('\n'), "one line");
    }

    @Test
    void fashionMnistFolderFollowsTheEnvironment() throws IOException {
        assertEquals(FashionMnist.FOLDER, DataSources.fashionMnistFolder(name -> null));
        Path folder = IdxTestFiles.idxFolder(dir.resolve("fm"), 20, 10);
        DatasetSplits splits = DataSources.load("Fashion-MNIST", DataOptions.defaults(),
                Map.of(FashionMnist.FOLDER_VARIABLE, folder.toString())::get);
        assertEquals(FashionMnist.CLASS_NAMES, splits.train().classNames());
        assertEquals(18 + 2, splits.train().size() + splits.validation().size());
    }

    @Test
    void imageFolderWithTrainAndTestKeepsTheTestSplit() throws IOException {
        for (String split : List.of("train", "test")) {
            for (String label : List.of("cat", "dog")) {
                for (int i = 0; i < 10; i++) {
                    TestPictures.grey(dir.resolve(split + "/" + label + "/" + i + ".png"), 3, 3, i);
                }
            }
        }
        DatasetSplits splits = DataSources.load(dir.toString(), DataOptions.defaults().withValidationFraction(0.2));
        assertEquals(List.of("cat", "dog"), splits.train().classNames());
        assertEquals(16, splits.train().size());
        assertEquals(4, splits.validation().size());
        assertEquals(20, splits.test().size());
    }

    @Test
    void singleImageFolderIsCutByFractionsAndScaled() throws IOException {
        for (String label : List.of("a", "b")) {
            for (int i = 0; i < 10; i++) {
                TestPictures.grey(dir.resolve(label + "/" + i + ".png"), 4 + i % 2, 4, i);
            }
        }
        DatasetSplits splits = DataSources.load(dir.toString(), DataOptions.defaults().withImageSize(new ImageSize(3, 3)));
        assertEquals(16, splits.train().size());
        assertEquals(2, splits.validation().size());
        assertEquals(2, splits.test().size());
        assertEquals(3, splits.train().height());
    }

    @Test
    void unknownAndPartialSourcesAreExplained() throws IOException {
        assertEquals("data 'no-such-set' is neither 'fashion-mnist' nor an existing folder (of IDX files or of class"
                + " folders of pictures)", failure("no-such-set", Map.of()));
        Path partial = dir.resolve("partial");
        IdxTestFiles.idxFolder(partial, 4, 4);
        Files.delete(partial.resolve("t10k-labels-idx1-ubyte"));
        assertEquals(partial + " has only some of the IDX files; missing: t10k-labels-idx1-ubyte.gz",
                failure(partial.toString(), Map.of()));
        Path half = dir.resolve("half");
        TestPictures.grey(half.resolve("train/a/1.png"), 2, 2, 0);
        assertEquals(half + " has train/ but no test/; give both, or neither to split one folder of class folders",
                failure(half.toString(), Map.of()));
    }

    @Test
    void realFashionMnistWhenInstalled() {
        assumeTrue(Files.isRegularFile(FashionMnist.FOLDER.resolve("t10k-images-idx3-ubyte.gz")),
                "Fashion-MNIST is not installed");
        DatasetSplits splits = DataSources.load("fashion-mnist", DataOptions.defaults(), name -> null);
        assertEquals(54_000, splits.train().size());
        assertEquals(6_000, splits.validation().size());
        assertEquals(10_000, splits.test().size());
        assertEquals(28, splits.train().height());
        for (int count : splits.validation().classCounts()) {
            assertEquals(600, count, "Fashion-MNIST is balanced, so stratified validation is too");
        }
        Normalisation n = Normalisation.fit(splits.train());
        // The well-known training statistics of Fashion-MNIST: mean 0.2860, std 0.3530.
        assertEquals(0.286, n.mean()[0], 0.002);
        assertEquals(0.353, n.std()[0], 0.002);
    }
}
