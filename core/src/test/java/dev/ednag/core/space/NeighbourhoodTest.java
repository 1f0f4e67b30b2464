package dev.ednag.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    private final ToyChoiceSpace space = ToyChoiceSpace.withOneInvalid(4, 3);

    static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }

    @Test
    void listsEveryValidOnePositionChangeInPositionThenOptionOrder() {
        List<String> keys = Neighbourhood.of(space, space.parse("0120")).stream().map(Architecture::key).toList();
        assertEquals(List.of("1120", "2120", "0020", "0220", "0100", "0110", "0121", "0122"), keys);
    }

    @Test
    void leavesOutInvalidNeighbours() {
        List<String> keys = Neighbourhood.of(space, space.parse("0010")).stream().map(Architecture::key).toList();
        assertEquals(7, keys.size()); // 4 positions x 2 other options, minus the invalid 0000
        assertTrue(!keys.contains("0000"));
        for (String k : keys) {
            assertEquals(1, differences("0010", k), k);
        }
    }

    @Test
    void randomNeighbourChangesExactlyOnePositionAndReachesEveryNeighbour() {
        SplittableRandom random = new SplittableRandom(5);
        Architecture centre = space.parse("0001");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < 7_000; i++) {
            String key = Neighbourhood.random(space, centre, random).key();
            assertEquals(1, differences("0001", key), key);
            seen.merge(key, 1, Integer::sum);
        }
        Set<String> expected = new HashSet<>();
        Neighbourhood.of(space, centre).forEach(a -> expected.add(a.key()));
        assertEquals(expected, seen.keySet());
        for (int count : seen.values()) { // 7 neighbours, uniform: 1000 each
            assertTrue(count > 850 && count < 1150, seen.toString());
        }
    }

    @Test
    void randomNeighbourIsNullWhenNoneIsValid() {
        // Only 00 and 11 are valid: they differ in two positions, so neither has a valid neighbour.
        ToyChoiceSpace pairs = new ToyChoiceSpace(2, 2, c -> c[0] == c[1], true);
        assertTrue(Neighbourhood.of(pairs, pairs.parse("11")).isEmpty());
        assertNull(Neighbourhood.random(pairs, pairs.parse("11"), new SplittableRandom(1)));
    }

    @Test
    void requireNamesTheSpaceThatIsNotCategorical() {
        assertSame(space, CategoricalSpace.require(space, "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CategoricalSpace.require(space.asPlainSearchSpace(), "local search (ls)"));
        assertTrue(e.getMessage().contains("'plain-toy'") && e.getMessage().startsWith("local search (ls)"),
                e.getMessage());
    }

    @Test
    void checkChoicesRejectsWrongLengthAndOutOfRangeOptions() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> space.fromChoices(new int[] {0, 1}));
        assertEquals("toy-choices needs 4 choices, got 2 [0, 1]", length.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> space.fromChoices(new int[] {0, 1, 3, 0}));
        assertEquals("toy-choices choice at position 2 must be in 0..2, got 3", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> space.fromChoices(null));
        assertNull(space.fromChoices(new int[] {0, 0, 0, 0}));
    }
}
