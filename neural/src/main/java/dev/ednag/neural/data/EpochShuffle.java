package dev.ednag.neural.data;

import java.util.SplittableRandom;

/** The order in which one epoch visits the images: a seeded uniform permutation. */
public final class EpochShuffle {

    private EpochShuffle() {
    }

    /** A uniformly random permutation of {@code 0 … size-1} (Fisher–Yates), drawn from {@code random}. */
    public static int[] order(int size, SplittableRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
