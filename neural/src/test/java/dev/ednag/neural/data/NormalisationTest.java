package dev.ednag.neural.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void fitsEachChannelSeparately() {
        // Two 2-channel 1×2 images. Channel 0 values 0, 255, 0, 255; channel 1 always 51.
        byte[] pixels = {0, (byte) 255, 51, 51, 0, (byte) 255, 51, 51};
        ImageDataset data = ImageDataset.of(2, 1, 2, pixels, new int[2], List.of("a"));
        Normalisation n = Normalisation.fit(data);
        assertArrayEquals(new double[] {0.5, 0.2}, n.mean(), 1e-12);
        // Channel 1 is constant: std 1 instead of a division by zero.
        assertArrayEquals(new double[] {0.5, 1.0}, n.std(), 1e-12);
        assertEquals(1.0f, n.apply(0, 255), 1e-6);
        assertEquals(-1.0f, n.apply(0, 0), 1e-6);
        assertEquals(0.0f, n.apply(1, 51), 1e-6);
    }

    @Test
    void survivesJson() {
        Normalisation n = new Normalisation(new double[] {0.2860, 0.1}, new double[] {0.3530, 0.25});
        assertEquals(n, Normalisation.fromMap(Json.parseObject(Json.write(n.toMap()))));
    }

    @Test
    void rejectsUnusableValues() {
        assertEquals("normalisation of channel 0 needs a finite mean and a positive finite std, got mean 0.5 and std 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new Normalisation(new double[] {0.5}, new double[] {0})).getMessage());
        assertEquals("normalisation needs one mean and one std per channel, got 2 means and 1 stds",
                assertThrows(IllegalArgumentException.class,
                        () -> new Normalisation(new double[] {0.5, 0.5}, new double[] {1})).getMessage());
    }
}
