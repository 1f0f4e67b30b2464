package dev.ednag.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void parsesIds() {
        assertEquals(Protocol.ORACLE, Protocol.parse("oracle"));
        assertEquals(Protocol.BLACKBOX, Protocol.parse(" BlackBox "));
        assertEquals("oracle", Protocol.ORACLE.id());
        assertEquals("blackbox", Protocol.BLACKBOX.id());
    }

    @Test
    void describesEachProtocol() {
        assertTrue(Protocol.ORACLE.description().contains("test metric"));
        assertTrue(Protocol.ORACLE.description().contains("EDNAG paper"));
        assertTrue(Protocol.BLACKBOX.description().contains("validation metric"));
    }

    @Test
    void unknownNamesAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Protocol.parse("test"));
        assertEquals("unknown protocol 'test'; known: oracle, blackbox", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Protocol.parse(null));
    }
}
