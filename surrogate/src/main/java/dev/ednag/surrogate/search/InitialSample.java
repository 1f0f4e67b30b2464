package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The random architectures a surrogate-assisted run evaluates before its first fit. */
final class InitialSample {

    private static final int DRAWS_PER_ARCHITECTURE = 100;

    private InitialSample() {}

    /** {@code count} distinct uniform draws (fewer only if the space is smaller or draws keep repeating). */
    static List<Architecture> distinct(SearchSpace space, int count, RandomGenerator random) {
        int wanted = (int) Math.min(count, space.size());
        Set<Architecture> out = new LinkedHashSet<>();
        for (int draw = 0; draw < DRAWS_PER_ARCHITECTURE * wanted && out.size() < wanted; draw++) {
            out.add(space.sample(random));
        }
        return new ArrayList<>(out);
    }
}
