package dev.ednag.benchmarks.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb201DatasetTest {

    @ParameterizedTest
    @CsvSource({
        "cifar10, CIFAR10",
        "CIFAR10, CIFAR10",
        "cifar100, CIFAR100",
        "Cifar100, CIFAR100",
        "ImageNet16-120, IMAGENET16_120",
        "imagenet16-120, IMAGENET16_120",
        "imagenet16, IMAGENET16_120",
        "IMAGENET16, IMAGENET16_120",
        "imagenet16_120, IMAGENET16_120",
    })
    void parsesNamesCaseInsensitively(String name, Nb201Dataset expected) {
        assertEquals(expected, Nb201Dataset.parse(name));
    }

    @Test
    void carriesIdsPrefixesAndEdnagFactors() {
        assertEquals("ImageNet16-120", Nb201Dataset.IMAGENET16_120.id());
        assertEquals("imagenet16", Nb201Dataset.IMAGENET16_120.columnPrefix());
        assertEquals(1.0, Nb201Dataset.CIFAR10.fitnessFactor());
        assertEquals(1.2, Nb201Dataset.CIFAR100.fitnessFactor());
        assertEquals(2.0, Nb201Dataset.IMAGENET16_120.fitnessFactor());
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nb201Dataset.parse("mnist"));
        assertEquals("unknown NAS-Bench-201 dataset 'mnist'; known: cifar10, cifar100, ImageNet16-120 (or imagenet16)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nb201Dataset.parse(null));
    }
}
