package dev.ednag.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.spaces.nb201.Nb201Space;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSpacesTest {

    @Test
    void findsNb201ByName() {
        assertSame(Nb201Space.instance(), SearchSpaces.get("nb201"));
        assertSame(Nb201Space.instance(), SearchSpaces.get(" NB201 "));
        assertEquals(List.of("nb201"), SearchSpaces.names());
    }

    @Test
    void unknownNameListsKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchSpaces.get("x"));
        assertEquals("unknown search space 'x'; known: nb201", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpaces.get(null));
    }
}
