package dev.ednag.surrogate.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.surrogate.encoding.Encodings;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MutationCandidatesTest {

    private static final CategoricalSpace NB201 = (CategoricalSpace) SearchSpaces.get("nb201");

    @Test
    void candidatesAreDistinctUnevaluatedAndNearTheParents() {
        SplittableRandom r = new SplittableRandom(4);
        Architecture parent = NB201.sample(r);
        Observations seen = new Observations(Encodings.of("onehot", NB201), Goal.MAXIMIZE);
        seen.add(parent, 90.0);
        List<Architecture> out = MutationCandidates.of(NB201, List.of(parent), 100, 2, seen, r);
        assertEquals(100, out.size());
        assertEquals(100, new HashSet<>(out).size());
        int[] p = NB201.choices(parent);
        for (Architecture a : out) {
            assertFalse(seen.contains(a));
            int[] c = NB201.choices(a);
            int changed = 0;
            for (int i = 0; i < c.length; i++) {
                changed += c[i] != p[i] ? 1 : 0;
            }
            assertTrue(changed >= 1 && changed <= 2, a.key() + " differs in " + changed + " edges");
        }
    }

    @Test
    void randomDrawsFillWhatMutationCannotFind() {
        SplittableRandom r = new SplittableRandom(5);
        Architecture parent = NB201.sample(r);
        Observations seen = new Observations(Encodings.of("onehot", NB201), Goal.MAXIMIZE);
        seen.add(parent, 90.0);
        // One edit reaches only 24 neighbours: the other 176 candidates must come from random draws.
        List<Architecture> out = MutationCandidates.of(NB201, List.of(parent), 200, 1, seen, r);
        assertEquals(200, out.size());
        assertEquals(200, new HashSet<>(out).size());
    }
}
