package dev.ednag.neural.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-channel mean and standard deviation of pixel values in [0, 1], fitted on the training split
 * only (so nothing about validation or test images leaks into training), and the map
 * {@code (pixel / 255 - mean) / std} that batches apply.
 */
public record Normalisation(double[] mean, double[] std) {

    /**
     * @throws IllegalArgumentException when the arrays are empty, differ in length, or a value is not finite or a std not positive
     */
    public Normalisation {
        mean = mean.clone();
        std = std.clone();
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("normalisation needs one mean and one std per channel, got "
                    + mean.length + " means and " + std.length + " stds");
        }
        for (int c = 0; c < mean.length; c++) {
            if (!Double.isFinite(mean[c]) || !(std[c] > 0) || !Double.isFinite(std[c])) {
                throw new IllegalArgumentException("normalisation of channel " + c + " needs a finite mean and a positive"
                        + " finite std, got mean " + mean[c] + " and std " + std[c]);
            }
        }
    }

    /** Mean and population std of each channel over all images of {@code data}. */
    public static Normalisation fit(ImageDataset data) {
        int channels = data.channels();
        int plane = data.height() * data.width();
        long[] sum = new long[channels];
        long[] squares = new long[channels];
        byte[] pixels = data.pixelsUnsafe();
        for (int start = 0; start < pixels.length; start += plane) {
            int channel = (start / plane) % channels;
            for (int i = start; i < start + plane; i++) {
                int value = pixels[i] & 0xFF;
                sum[channel] += value;
                squares[channel] += value * value;
            }
        }
        double count = (double) data.size() * plane;
        double[] mean = new double[channels];
        double[] std = new double[channels];
        for (int c = 0; c < channels; c++) {
            double m = sum[c] / count;
            double variance = Math.max(0, squares[c] / count - m * m);
            mean[c] = m / 255;
            // A constant channel carries no information; std 1 keeps it finite instead of dividing by zero.
            std[c] = variance > 0 ? Math.sqrt(variance) / 255 : 1;
        }
        return new Normalisation(mean, std);
    }

    public int channels() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    /** The normalised value of an unsigned byte {@code pixel} in {@code channel}. */
    public float apply(int channel, int pixel) {
        return (float) ((pixel / 255.0 - mean[channel]) / std[channel]);
    }

    /** {@code mean} and {@code std} lists, for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mean", toList(mean));
        map.put("std", toList(std));
        return map;
    }

    /**
     * Reads what {@link #toMap()} wrote.
     *
     * @throws IllegalArgumentException when {@code mean} or {@code std} is missing or not a list of numbers
     */
    public static Normalisation fromMap(Map<String, Object> map) {
        return new Normalisation(numbers(map, "mean"), numbers(map, "std"));
    }

    private static double[] numbers(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof List<?> list)) {
            throw new IllegalArgumentException("normalisation needs a list '" + key + "'");
        }
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(list.get(i) instanceof Number number)) {
                throw new IllegalArgumentException("normalisation '" + key + "' must hold numbers, found " + list.get(i));
            }
            values[i] = number.doubleValue();
        }
        return values;
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Normalisation n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Normalisation[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
