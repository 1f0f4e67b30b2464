package dev.ednag.core.space;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The one-position neighbourhood of a categorical architecture: every valid architecture that
 * differs from it in exactly one position. Local search walks it; evolution's mutation samples it.
 */
public final class Neighbourhood {

    /** Rejected draws tolerated before listing the neighbourhood; only spaces with many invalid combinations get there. */
    private static final int DRAWS_BEFORE_LISTING = 64;

    private Neighbourhood() {}

    /**
     * All valid neighbours of {@code architecture}, position by position, options ascending; a fresh
     * list. In spaces where several choice vectors name one architecture (positions beyond a depth,
     * say) a change can lead back to {@code architecture} or to a neighbour already listed; those are
     * left out, so every entry is a different architecture.
     */
    public static List<Architecture> of(CategoricalSpace space, Architecture architecture) {
        int[] counts = space.choiceCounts();
        int[] choices = space.choices(architecture);
        Set<Architecture> out = new LinkedHashSet<>();
        for (int position = 0; position < choices.length; position++) {
            int original = choices[position];
            for (int option = 0; option < counts[position]; option++) {
                if (option == original) {
                    continue;
                }
                choices[position] = option;
                Architecture neighbour = space.fromChoices(choices);
                if (neighbour != null && !neighbour.equals(architecture)) {
                    out.add(neighbour);
                }
            }
            choices[position] = original;
        }
        return new ArrayList<>(out);
    }

    /**
     * A random valid neighbour: a uniformly random position set to a uniformly random different
     * option, drawn again while the result is invalid or names {@code architecture} itself. Returns {@code null} when the architecture has
     * no valid neighbour at all.
     */
    public static Architecture random(CategoricalSpace space, Architecture architecture, RandomGenerator random) {
        int[] counts = space.choiceCounts();
        int[] parent = space.choices(architecture);
        for (int draw = 0; draw < DRAWS_BEFORE_LISTING; draw++) {
            int position = random.nextInt(parent.length);
            if (counts[position] < 2) {
                continue; // a position with a single option cannot change
            }
            int[] child = parent.clone();
            int option = random.nextInt(counts[position] - 1);
            child[position] = option >= parent[position] ? option + 1 : option; // skips the parent's option
            Architecture neighbour = space.fromChoices(child);
            if (neighbour != null && !neighbour.equals(architecture)) {
                return neighbour;
            }
        }
        // Rejection keeps failing: pick uniformly among the valid neighbours so the draw always ends.
        List<Architecture> all = of(space, architecture);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }
}
