package dev.ednag.core.run;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent random streams derived from one seed, one per purpose (initialisation, denoising
 * noise, mutation, selection, …). A stream depends only on (seed, purpose), never on the order in
 * which streams are requested or on threads, so runs are reproducible.
 */
public final class RandomStreams {

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh generator for {@code purpose}; the same arguments always give the same sequence. */
    public RandomGenerator stream(String purpose) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the purpose's bytes
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    // SplitMix64 finaliser: spreads nearby seeds and purposes over unrelated states.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
