package dev.ednag.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Architecture strings of every space, 10⁵ of them: valid keys with one edit (a character deleted,
 * inserted or replaced, or the key cut short), keys of other spaces, and noise. Parsing gives an
 * architecture whose key parses back to itself, or one IllegalArgumentException with a message.
 */
class ArchStringFuzzTest {

    @Property(tries = 100_000, seed = "16007")
    void everyStringParsesToACanonicalArchitectureOrIsRefused(@ForAll("spaces") String space,
            @ForAll("keys") String key) {
        SearchSpace s = SearchSpaces.get(space);
        Architecture a;
        try {
            a = s.parse(key);
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), space + " " + key);
            return;
        }
        assertEquals(a.key(), s.parse(a.key()).key(), "canonical keys are fixed points");
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(SearchSpaces.names());
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> sample = Combinators.combine(Arbitraries.of(SearchSpaces.names()), Arbitraries.longs())
                .as((space, seed) -> SearchSpaces.get(space).sample(new SplittableRandom(seed)).key());
        Arbitrary<String> edited = Combinators.combine(sample, Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 3), Arbitraries.chars().with('|', '~', '+', '_', '-', ',', '0', '1',
                        '3', '7', 'x', ' ', '\u0000', '9')).as((key, at, kind, c) -> {
                            int i = Math.min(at, key.length());
                            return switch (kind) {
                                case 0 -> i < key.length() ? key.substring(0, i) + key.substring(i + 1) : key;
                                case 1 -> key.substring(0, i) + c + key.substring(i);
                                case 2 -> i < key.length() ? key.substring(0, i) + c + key.substring(i + 1) : key + c;
                                default -> key.substring(0, i);
                            };
                        });
        return Arbitraries.oneOf(edited, sample, Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of(List.of("", " ", "|", "||", "+", "none", "~0", "null")));
    }
}
