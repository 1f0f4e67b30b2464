package dev.ednag.surrogate.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SampledSpace;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.spaces.nb101.Nb101Space;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingsTest {

    @Test
    void namesAreCaseInsensitive() {
        SearchSpace nb201 = SearchSpaces.get("nb201");
        assertInstanceOf(OneHotEncoding.class, Encodings.of("OneHot", nb201));
        assertSame(CellPathEncoding.nb201(), Encodings.of(" PATH ", nb201));
        assertEquals("onehot", Encodings.of("onehot", nb201).name());
    }

    @Test
    void pathEncodingsHaveThePublishedDimensions() {
        assertEquals(155, Encodings.of("path", SearchSpaces.get("nb201")).dimension());
        assertEquals(84, Encodings.of("path", SearchSpaces.get("tnb101-micro")).dimension());
        assertEquals(364, Encodings.of("path", SearchSpaces.get("nb101")).dimension());
        assertEquals(364, Encodings.of("path", SearchSpaces.get("nb101-fixed-ops")).dimension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tnb101-macro", "darts", "mobilenetv3", "autoformer-tiny", "autoformer-small",
            "autoformer-base"})
    void spacesWithoutPathsSaySoInOneLine(String name) {
        SearchSpace space = SearchSpaces.get(name);
        assertEquals(List.of("onehot"), Encodings.namesFor(space));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encodings.of("path", space));
        assertTrue(e.getMessage().contains("'" + name + "' has no path encoding"), e.getMessage());
        assertTrue(e.getMessage().endsWith("its encodings: onehot"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void everyListedEncodingOfEverySpaceEncodesItsSamples() {
        SplittableRandom random = new SplittableRandom(11);
        for (String spaceName : SearchSpaces.names()) {
            SearchSpace space = SearchSpaces.get(spaceName);
            for (String name : Encodings.namesFor(space)) {
                Encoding encoding = Encodings.of(name, space);
                for (int i = 0; i < 20; i++) {
                    double[] features = encoding.encode(space.sample(random));
                    assertEquals(encoding.dimension(), features.length, spaceName + " " + name);
                }
            }
        }
        assertEquals(List.of("onehot", "path", "arch2vec"), Encodings.namesFor(SearchSpaces.get("nb201")));
        assertEquals(List.of("onehot", "path", "arch2vec"), Encodings.namesFor(SearchSpaces.get("tnb101-micro")));
        assertEquals(List.of("onehot", "path"), Encodings.namesFor(SearchSpaces.get("nb101")));
    }

    @Test
    void nb101SampleUnwrapsToTheNb101Encodings() {
        SampledSpace sample = (SampledSpace) Benchmarks.get("nb101-sample").space();
        assertSame(Nb101Space.instance(), sample.underlying());
        assertEquals(List.of("onehot", "path"), Encodings.namesFor(sample));
        Encoding path = Encodings.of("path", sample);
        Encoding oneHot = Encodings.of("onehot", sample);
        assertEquals(364, path.dimension());
        assertEquals(57, oneHot.dimension());
        for (Architecture member : sample.members()) {
            assertArrayEquals(Nb101PathEncoding.instance().encode(member), path.encode(member));
            assertArrayEquals(OneHotEncoding.of(Nb101Space.instance()).encode(member), oneHot.encode(member));
        }
    }

    @Test
    void nb301SampleHasOnlyOneHot() {
        SampledSpace sample = (SampledSpace) Benchmarks.get("nb301-sample").space();
        assertEquals(List.of("onehot"), Encodings.namesFor(sample));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encodings.of("path", sample));
        assertTrue(e.getMessage().contains("'nb301-sample' has no path encoding"), e.getMessage());
        Encoding oneHot = Encodings.of("onehot", sample);
        assertEquals(OneHotEncoding.of(sample.underlying()).dimension(), oneHot.dimension());
        for (Architecture member : sample.members()) {
            assertEquals(oneHot.dimension(), oneHot.encode(member).length);
        }
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        SearchSpace nb201 = SearchSpaces.get("nb201");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encodings.of("adjacency", nb201));
        assertEquals("unknown encoding 'adjacency'; known: onehot, path, arch2vec", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Encodings.of(null, nb201));
        assertThrows(NullPointerException.class, () -> Encodings.of("path", null));
        assertEquals(List.of("onehot", "path", "arch2vec"), Encodings.NAMES);
    }
}
