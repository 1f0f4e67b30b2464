package dev.ednag.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.nb201.Nb201Space;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchSpacesTest {

    /** The names scripts rely on. */
    private static final List<String> PROMISED = List.of("nb201", "nb101", "nb101-fixed-ops", "darts", "tnb101-micro",
            "tnb101-macro", "mobilenetv3", "autoformer-tiny", "autoformer-small", "autoformer-base");

    @Test
    void findsEverySpaceByItsStableName() {
        assertSame(Nb201Space.instance(), SearchSpaces.get(" NB201 "));
        for (String name : PROMISED) {
            assertEquals(name, SearchSpaces.get(name).name());
        }
        assertEquals(PROMISED.stream().sorted().toList(), SearchSpaces.names());
    }

    @Test
    void everySpaceRoundTripsRandomArchitecturesThroughItsGenomeAndKey() {
        SplittableRandom random = new SplittableRandom(7);
        for (String name : SearchSpaces.names()) {
            SearchSpace space = SearchSpaces.get(name);
            double[] genome = new double[space.shape().length()];
            for (int i = 0; i < 10_000; i++) {
                var a = space.sample(random);
                space.encode(a, genome, 0);
                assertEquals(a, space.decode(genome, 0), name);
                assertEquals(a, space.parse(a.key()), name);
            }
        }
    }

    @Test
    void unknownNameListsKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchSpaces.get("x"));
        assertTrue(e.getMessage().startsWith("unknown search space 'x'; known: autoformer-base, "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpaces.get(null));
    }
}
