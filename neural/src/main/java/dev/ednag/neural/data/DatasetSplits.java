package dev.ednag.neural.data;

import java.util.Objects;

/**
 * Training, validation and test images. Training decisions (early stopping, model choice) may look
 * at the validation split only; the test split is for the one final report. Holding out is
 * stratified: each split keeps the class shares of the images it was cut from.
 */
public record DatasetSplits(ImageDataset train, ImageDataset validation, ImageDataset test) {

    /** The share of a training set held out for validation unless the user says otherwise. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;
    /** The share of a single image folder kept for testing unless the user says otherwise. */
    public static final double DEFAULT_TEST_FRACTION = 0.1;

    /**
     * @throws IllegalArgumentException when a split is empty or the splits differ in image shape or classes
     */
    public DatasetSplits {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        requireImages("training", train);
        requireImages("validation", validation);
        requireImages("test", test);
        if (!train.compatibleWith(validation) || !train.compatibleWith(test)) {
            throw new IllegalArgumentException("the splits must share image shape and classes: train has "
                    + train.describe() + ", validation " + validation.describe() + ", test " + test.describe());
        }
    }

    private static void requireImages(String name, ImageDataset split) {
        if (split.size() == 0) {
            throw new IllegalArgumentException("the " + name + " split has no images");
        }
    }

    /**
     * Holds out a seeded stratified {@code validationFraction} of {@code train} for validation.
     *
     * @throws IllegalArgumentException when the fraction is not in (0, 1) or leaves a split empty
     */
    public static DatasetSplits fromTrainTest(ImageDataset train, ImageDataset test, double validationFraction,
            long seed) {
        checkFraction("validation fraction", validationFraction);
        StratifiedSampler.Draw validation = StratifiedSampler.draw(train, share(train, validationFraction), seed);
        return new DatasetSplits(train.subset(validation.rest()), train.subset(validation.chosen()), test);
    }

    /**
     * Cuts one labelled set into three: seeded stratified {@code testFraction} for testing, then
     * {@code validationFraction} (of all images) for validation, the rest for training.
     *
     * @throws IllegalArgumentException when a fraction is not in (0, 1), they sum to 1 or more, or a split would be empty
     */
    public static DatasetSplits fromSingle(ImageDataset all, double validationFraction, double testFraction,
            long seed) {
        checkFraction("validation fraction", validationFraction);
        checkFraction("test fraction", testFraction);
        if (validationFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validation fraction " + validationFraction + " and test fraction "
                    + testFraction + " leave no training images");
        }
        StratifiedSampler.Draw test = StratifiedSampler.draw(all, share(all, testFraction), seed);
        ImageDataset remaining = all.subset(test.rest());
        int validationCount = (int) Math.round(validationFraction * all.size());
        // A derived seed, so the validation draw does not replay the test draw's random sequence.
        StratifiedSampler.Draw validation = StratifiedSampler.draw(remaining,
                Math.min(validationCount, remaining.size()), seed ^ 0x5DEECE66DL);
        return new DatasetSplits(remaining.subset(validation.rest()), remaining.subset(validation.chosen()),
                all.subset(test.chosen()));
    }

    /**
     * Seeded stratified samples of at most the given sizes, for quick runs and tests; 0 keeps a split whole.
     *
     * @throws IllegalArgumentException when a maximum is negative
     */
    public DatasetSplits limit(int maxTrain, int maxValidation, int maxTest, long seed) {
        return new DatasetSplits(
                limited("training", train, maxTrain, seed),
                limited("validation", validation, maxValidation, seed + 1),
                limited("test", test, maxTest, seed + 2));
    }

    private static ImageDataset limited(String name, ImageDataset split, int max, long seed) {
        if (max < 0) {
            throw new IllegalArgumentException("maximum " + name + " images must be 0 (all) or more, got " + max);
        }
        if (max == 0 || max >= split.size()) {
            return split;
        }
        return split.subset(StratifiedSampler.draw(split, max, seed).chosen());
    }

    private static int share(ImageDataset data, double fraction) {
        return (int) Math.round(fraction * data.size());
    }

    private static void checkFraction(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
    }

    /** Split sizes in words, for logs. */
    public String describe() {
        return train.size() + " training, " + validation.size() + " validation and " + test.size() + " test images of "
                + train.channels() + "×" + train.height() + "×" + train.width() + " in " + train.classes() + " classes";
    }
}
