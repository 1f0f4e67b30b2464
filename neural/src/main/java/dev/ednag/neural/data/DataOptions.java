package dev.ednag.neural.data;

/**
 * How {@link DataSources} turns a data argument into splits.
 *
 * @param validationFraction share of the training images held out for validation
 * @param testFraction       share of a single image folder (one without {@code train/} and {@code test/}) kept for testing
 * @param seed               seed of the stratified hold-outs
 * @param imageSize          size image-folder pictures are scaled to, or null to require one size
 */
public record DataOptions(double validationFraction, double testFraction, long seed, ImageSize imageSize) {

    public DataOptions {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        if (validationFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validation fraction " + validationFraction + " and test fraction "
                    + testFraction + " leave no training images");
        }
    }

    /** 10% validation, 10% test (single folders only), seed 0, no scaling. */
    public static DataOptions defaults() {
        return new DataOptions(DatasetSplits.DEFAULT_VALIDATION_FRACTION, DatasetSplits.DEFAULT_TEST_FRACTION, 0, null);
    }

    public DataOptions withSeed(long newSeed) {
        return new DataOptions(validationFraction, testFraction, newSeed, imageSize);
    }

    public DataOptions withImageSize(ImageSize size) {
        return new DataOptions(validationFraction, testFraction, seed, size);
    }

    public DataOptions withValidationFraction(double fraction) {
        return new DataOptions(fraction, testFraction, seed, imageSize);
    }
}
