package dev.ednag.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON codec on 10⁵ damaged documents: a value that writes back to itself, or one JsonParseException. */
class JsonFuzzTest {

    private static final List<String> VALID = List.of(
            "{\"type\":\"header\",\"format\":\"ednag-journal/1\",\"fingerprint\":\"ab12\",\"seed\":1}",
            "{\"key\":\"|nor_conv_3x3~0|+|none~0|skip_connect~1|\",\"status\":\"ok\",\"search\":91.25,\"report\":null,"
                    + "\"metrics\":{\"params\":1.5e-3},\"error\":null}",
            "[1,-2.5e10,true,false,null,\"\\u00e9\\n\",{\"a\":[]}]",
            "{\"nested\":{\"deep\":[[[[{\"x\":0}]]]]}}");

    @Property(tries = 100_000, seed = "16003")
    void damagedJsonParsesToAValueThatRoundTripsOrFailsWithOneMessage(@ForAll("damaged") String text) {
        Object value;
        try {
            value = Json.parse(text);
        } catch (JsonParseException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            return;
        }
        assertEquals(value, Json.parse(Json.write(value)), "what parses writes back to the same value");
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> edited = Combinators.combine(Arbitraries.of(VALID), Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 3), Arbitraries.chars().with('{', '}', '[', ']', '"', '\\', ',',
                        ':', '0', 'e', '-', 'n', '\u0000', '\uD800', ' ')).as(JsonFuzzTest::edit);
        return Arbitraries.oneOf(edited, Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsn\\ ").ofMaxLength(40),
                Arbitraries.integers().between(1, 3_000).map(d -> "[".repeat(d) + "]".repeat(d)));
    }

    /** One edit at {@code at}: 0 deletes, 1 inserts, 2 replaces a character, 3 cuts the text there. */
    static String edit(String text, int at, int kind, char c) {
        int i = Math.min(at, text.length());
        return switch (kind) {
            case 0 -> i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
            case 1 -> text.substring(0, i) + c + text.substring(i);
            case 2 -> i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text + c;
            default -> text.substring(0, i);
        };
    }
}
