package dev.ednag.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bytes ednag writes, fixed: one document with every kind of value and every awkward number
 * and character, compact and pretty, against files written by the first codec. A change of
 * codec must leave them as they are.
 */
class JsonGoldenTest {

    static Map<String, Object> document() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("string", "plain");
        m.put("escapes", "quote \" backslash \\ slash / tab \t newline \n return \r bell \u0007 nul \u0000");
        m.put("unicode", "é ü 中文 \uD83D\uDE00 line\u2028para\u2029 del\u007f");
        m.put("int", 42);
        m.put("long", Long.MIN_VALUE);
        m.put("doubles", List.of(0.0, -0.0, 1.0, -1.5, 94.37333333, 1e-300, 4.9e-324, 1.0E10, 1.7976931348623157E308,
                123456789.123, 0.1 + 0.2));
        m.put("float", 0.1f);
        List<Object> missing = new ArrayList<>();
        missing.add(Double.NaN);
        missing.add(Double.POSITIVE_INFINITY);
        missing.add(null);
        m.put("missing", missing);
        m.put("booleans", List.of(true, false));
        m.put("emptyObject", Map.of());
        m.put("emptyList", List.of());
        m.put("array", new double[] {1.25, 2});
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("deeper", List.of(Map.of("x", 1), List.of(List.of())));
        nested.put("key with \"quotes\"", "v");
        m.put("nested", nested);
        return m;
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = JsonGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void compactOutputIsByteForByteTheGoldenFile() throws IOException {
        assertEquals(golden("golden-compact.json"), Json.write(document()) + "\n");
    }

    @Test
    void prettyOutputIsByteForByteTheGoldenFile() throws IOException {
        assertEquals(golden("golden-pretty.json"), Json.writePretty(document()) + "\n");
    }

    @Test
    void theGoldenFilesParseBackToTheSameValues() throws IOException {
        Object compact = Json.parse(golden("golden-compact.json"));
        assertEquals(compact, Json.parse(golden("golden-pretty.json")));
        assertEquals(golden("golden-compact.json"), Json.write(compact) + "\n");
    }
}
