package dev.ednag.neural.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Resolves a data argument into splits. Accepted are:
 * <ul>
 *   <li>{@code fashion-mnist}: the IDX files in {@link FashionMnist#FOLDER}, or in the folder named by
 *       {@link FashionMnist#FOLDER_VARIABLE};</li>
 *   <li>a folder with the four MNIST-style IDX files ({@link #IDX_FILES}, each plain or {@code .gz});
 *       classes are named by number;</li>
 *   <li>an image folder ({@link ImageFolderReader}) with {@code train/} and {@code test/} sub-folders,
 *       or without them, in which case it is cut into three splits by the options' fractions.</li>
 * </ul>
 * In every case validation is held out of the training images, never taken from the test images.
 */
public final class DataSources {

    /** The IDX files of a data folder, without the optional {@code .gz}: train images, train labels, test images, test labels. */
    public static final List<String> IDX_FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private DataSources() {
    }

    /**
     * Reads the data named by {@code data}.
     *
     * @throws IllegalArgumentException when the name or folder is unknown, files are missing or
     *     corrupt (for Fashion-MNIST with how to install it), or the splits disagree
     */
    public static DatasetSplits load(String data, DataOptions options) {
        return load(data, options, System::getenv);
    }

    static DatasetSplits load(String data, DataOptions options, UnaryOperator<String> environment) {
        if (data.strip().equalsIgnoreCase(FashionMnist.NAME)) {
            return fashionMnist(options, environment);
        }
        Path folder = existingFolder(data);
        List<Path> idx = idxFiles(folder);
        if (idx.size() == IDX_FILES.size()) {
            ImageDataset train = IdxReader.read(idx.get(0), idx.get(1));
            ImageDataset test = IdxReader.read(idx.get(2), idx.get(3), train.classNames());
            return DatasetSplits.fromTrainTest(train, test, options.validationFraction(), options.seed());
        }
        if (!idx.isEmpty()) {
            throw new IllegalArgumentException(folder + " has only some of the IDX files; missing: "
                    + String.join(", ", missingIdxFiles(folder)));
        }
        return imageFolder(folder, options);
    }

    /** The folder Fashion-MNIST is read from: {@link FashionMnist#FOLDER_VARIABLE} when set, else {@link FashionMnist#FOLDER}. */
    public static Path fashionMnistFolder() {
        return fashionMnistFolder(System::getenv);
    }

    static Path fashionMnistFolder(UnaryOperator<String> environment) {
        String override = environment.apply(FashionMnist.FOLDER_VARIABLE);
        return override == null || override.isBlank() ? FashionMnist.FOLDER : Path.of(override.strip());
    }

    private static DatasetSplits fashionMnist(DataOptions options, UnaryOperator<String> environment) {
        Path folder = fashionMnistFolder(environment);
        List<String> missing = missingIdxFiles(folder);
        if (!missing.isEmpty()) {
            String source = folder.equals(FashionMnist.FOLDER) ? "" : " (from " + FashionMnist.FOLDER_VARIABLE + ")";
            throw new IllegalArgumentException("Fashion-MNIST not found in " + folder + source + ", missing "
                    + String.join(", ", missing) + ": " + FashionMnist.INSTALL_HINT);
        }
        List<Path> idx = idxFiles(folder);
        ImageDataset train = IdxReader.read(idx.get(0), idx.get(1), FashionMnist.CLASS_NAMES);
        ImageDataset test = IdxReader.read(idx.get(2), idx.get(3), FashionMnist.CLASS_NAMES);
        return DatasetSplits.fromTrainTest(train, test, options.validationFraction(), options.seed());
    }

    private static DatasetSplits imageFolder(Path folder, DataOptions options) {
        Path train = folder.resolve("train");
        Path test = folder.resolve("test");
        boolean hasTrain = Files.isDirectory(train);
        boolean hasTest = Files.isDirectory(test);
        if (hasTrain != hasTest) {
            throw new IllegalArgumentException(folder + " has " + (hasTrain ? "train/ but no test/" : "test/ but no train/")
                    + "; give both, or neither to split one folder of class folders");
        }
        if (!hasTrain) {
            ImageDataset all = ImageFolderReader.read(folder, options.imageSize());
            return DatasetSplits.fromSingle(all, options.validationFraction(), options.testFraction(), options.seed());
        }
        ImageDataset trainImages = ImageFolderReader.read(train, options.imageSize());
        ImageDataset testImages = ImageFolderReader.read(test, options.imageSize());
        if (!trainImages.classNames().equals(testImages.classNames())) {
            throw new IllegalArgumentException("the class folders differ: " + train + " has " + trainImages.classNames()
                    + " but " + test + " has " + testImages.classNames());
        }
        return DatasetSplits.fromTrainTest(trainImages, testImages, options.validationFraction(), options.seed());
    }

    private static Path existingFolder(String data) {
        Path folder;
        try {
            folder = Path.of(data);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("data '" + data + "' is neither '" + FashionMnist.NAME + "' nor a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("data '" + data + "' is neither '" + FashionMnist.NAME
                    + "' nor an existing folder (of IDX files or of class folders of pictures)");
        }
        return folder;
    }

    /** The IDX files present in {@code folder}, in {@link #IDX_FILES} order, plain preferred to gzip. */
    private static List<Path> idxFiles(Path folder) {
        List<Path> found = new ArrayList<>();
        for (String name : IDX_FILES) {
            idxFile(folder, name).ifPresent(found::add);
        }
        return found;
    }

    private static List<String> missingIdxFiles(Path folder) {
        List<String> missing = new ArrayList<>();
        for (String name : IDX_FILES) {
            if (idxFile(folder, name).isEmpty()) {
                missing.add(name + ".gz");
            }
        }
        return missing;
    }

    private static Optional<Path> idxFile(Path folder, String name) {
        for (Path candidate : List.of(folder.resolve(name), folder.resolve(name + ".gz"))) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
