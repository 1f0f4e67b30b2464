package dev.ednag.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyTextTest {

    @Test
    void shortTextStaysButLineBreaksGo() {
        assertEquals("a b c", KeyText.abbreviate("a\nb\rc"));
    }

    @Test
    void longTextIsCut() {
        String cut = KeyText.abbreviate("x".repeat(500));
        assertEquals(123, cut.length());
        assertEquals("...", cut.substring(120));
    }
}
