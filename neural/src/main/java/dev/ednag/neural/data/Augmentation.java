package dev.ednag.neural.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Random changes to training images, in the order they are applied: a random crop of the image
 * padded with black by {@code cropPadding} pixels on each side (0 = off), a horizontal flip with
 * probability ½, and cutout (DeVries and Taylor, 2017): a {@code cutoutSize}-pixel square centred
 * anywhere in the image, clipped at the borders, set to 0 after normalisation, i.e. to the mean
 * (0 = off).
 */
public record Augmentation(int cropPadding, boolean horizontalFlip, int cutoutSize) {

    public Augmentation {
        if (cropPadding < 0) {
            throw new IllegalArgumentException("crop padding must be 0 (off) or more, got " + cropPadding);
        }
        if (cutoutSize < 0) {
            throw new IllegalArgumentException("cutout size must be 0 (off) or more, got " + cutoutSize);
        }
    }

    /** No augmentation, as for evaluation. */
    public static Augmentation none() {
        return new Augmentation(0, false, 0);
    }

    /** NAS-Bench-201's training augmentation: 4-pixel padded random crop and horizontal flip. */
    public static Augmentation cropAndFlip() {
        return new Augmentation(4, true, 0);
    }

    /** Whether any change is made. */
    public boolean isActive() {
        return cropPadding > 0 || horizontalFlip || cutoutSize > 0;
    }

    /** The settings, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cropPadding", cropPadding);
        map.put("horizontalFlip", horizontalFlip);
        map.put("cutoutSize", cutoutSize);
        return map;
    }
}
