package dev.ednag.surrogate.search;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.Neighbourhood;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * BANANAS' acquisition candidates: mutations of the best evaluated architectures, one or two
 * one-position changes each, never an architecture already evaluated or already a candidate. Where
 * mutation cannot find enough (a saturated neighbourhood), or the space has no categorical view (a
 * benchmark's sample of a larger space), uniformly random unevaluated architectures fill the list.
 */
final class MutationCandidates {

    /** Draws tried per wanted candidate before giving up on mutation, as naszilla's patience factor. */
    private static final int PATIENCE = 5;

    private MutationCandidates() {}

    /**
     * Up to {@code count} distinct unevaluated candidates, in the order they were drawn; fewer only
     * when the space has fewer unevaluated architectures than random draws could find.
     */
    static List<Architecture> of(SearchSpace space, List<Architecture> parents, int count, int maxEdits,
            Observations seen, RandomGenerator random) {
        Set<Architecture> out = new LinkedHashSet<>();
        if (space instanceof CategoricalSpace categorical && !parents.isEmpty()) {
            for (int draw = 0; draw < PATIENCE * count && out.size() < count; draw++) {
                Architecture child = parents.get(draw % parents.size());
                int edits = 1 + random.nextInt(maxEdits);
                for (int e = 0; e < edits && child != null; e++) {
                    child = Neighbourhood.random(categorical, child, random);
                }
                if (child != null && !seen.contains(child)) {
                    out.add(child);
                }
            }
        }
        fillRandomly(space, out, count, seen, random);
        return new ArrayList<>(out);
    }

    /** Adds uniformly random unevaluated architectures to {@code out} until it holds {@code count}. */
    static void fillRandomly(SearchSpace space, Set<Architecture> out, int count, Observations seen,
            RandomGenerator random) {
        long unevaluated = space.size() - seen.size();
        int wanted = (int) Math.min(count, Math.max(0, unevaluated));
        for (int draw = 0; draw < PATIENCE * 20 * count && out.size() < wanted; draw++) {
            Architecture a = space.sample(random);
            if (!seen.contains(a)) {
                out.add(a);
            }
        }
    }
}
