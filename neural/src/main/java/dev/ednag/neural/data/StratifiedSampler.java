package dev.ednag.neural.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a seeded random sample of a data set that keeps each class's share: every class gives
 * {@code take × its share}, rounded down, and the images left over go to the classes with the
 * largest remainders (ties to the lower class index), so the sample has exactly {@code take} images.
 */
final class StratifiedSampler {

    private StratifiedSampler() {
    }

    /** The chosen and the remaining indices, both in ascending order. */
    record Draw(int[] chosen, int[] rest) {
    }

    static Draw draw(ImageDataset data, int take, long seed) {
        int n = data.size();
        if (take < 0 || take > n) {
            throw new IllegalArgumentException("cannot take " + take + " of " + n + " images");
        }
        int[] quota = quotas(data.classCounts(), take, n);
        List<List<Integer>> byClass = indicesByClass(data);
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] chosen = new boolean[n];
        for (int c = 0; c < byClass.size(); c++) {
            List<Integer> members = byClass.get(c);
            // A partial Fisher–Yates shuffle: the first quota[c] positions are a uniform sample.
            for (int i = 0; i < quota[c]; i++) {
                int j = i + random.nextInt(members.size() - i);
                Integer swap = members.get(i);
                members.set(i, members.get(j));
                members.set(j, swap);
                chosen[members.get(i)] = true;
            }
        }
        int[] picked = new int[take];
        int[] rest = new int[n - take];
        int p = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                picked[p++] = i;
            } else {
                rest[r++] = i;
            }
        }
        return new Draw(picked, rest);
    }

    /** Largest-remainder apportionment of {@code take} over the classes. */
    static int[] quotas(int[] counts, int take, int total) {
        int[] quota = new int[counts.length];
        long[] remainder = new long[counts.length];
        int assigned = 0;
        for (int c = 0; c < counts.length; c++) {
            long share = (long) take * counts[c];
            quota[c] = (int) (share / total);
            remainder[c] = share % total;
            assigned += quota[c];
        }
        Integer[] order = new Integer[counts.length];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, (a, b) -> Long.compare(remainder[b], remainder[a]));
        for (int k = 0; assigned < take; k++) {
            quota[order[k]]++;
            assigned++;
        }
        return quota;
    }

    private static List<List<Integer>> indicesByClass(ImageDataset data) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < data.classes(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < data.size(); i++) {
            byClass.get(data.label(i)).add(i);
        }
        return byClass;
    }
}
