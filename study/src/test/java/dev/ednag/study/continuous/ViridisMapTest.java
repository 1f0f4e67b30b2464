package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViridisMapTest {

    @Test
    void endsAreViridisAndOutOfRangeIsClamped() {
        assertEquals(0x440154, ViridisMap.rgb(0));
        assertEquals(0xFDE725, ViridisMap.rgb(1));
        assertEquals(ViridisMap.rgb(0), ViridisMap.rgb(-3));
        assertEquals(ViridisMap.rgb(1), ViridisMap.rgb(7));
        assertEquals(ViridisMap.rgb(0), ViridisMap.rgb(Double.NaN));
    }

    @Test
    void brightnessRisesAlongTheMap() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            int rgb = ViridisMap.rgb(i / 100.0);
            double luma = 0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
            assertTrue(luma >= previous, "at " + i + "%");
            previous = luma;
        }
    }
}
