package dev.ednag.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    private static Map<String, Object> sample() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1L);
        inner.put("a", List.of(true, false));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "nb201");
        map.put("acc", 94.37333333);
        map.put("tiny", 1.0E-9);
        map.put("n", 42L);
        map.put("missing", null);
        map.put("inner", inner);
        map.put("empty", List.of());
        map.put("none", Map.of());
        return map;
    }

    @Test
    void writesCompactInMapOrder() {
        assertEquals("{\"name\":\"nb201\",\"acc\":94.37333333,\"tiny\":1.0E-9,\"n\":42,\"missing\":null,"
                + "\"inner\":{\"z\":1,\"a\":[true,false]},\"empty\":[],\"none\":{}}", Json.write(sample()));
    }

    @Test
    void writesPrettyWithTwoSpaceIndent() {
        String expected = String.join("\n",
                "{",
                "  \"name\": \"nb201\",",
                "  \"acc\": 94.37333333,",
                "  \"tiny\": 1.0E-9,",
                "  \"n\": 42,",
                "  \"missing\": null,",
                "  \"inner\": {",
                "    \"z\": 1,",
                "    \"a\": [",
                "      true,",
                "      false",
                "    ]",
                "  },",
                "  \"empty\": [],",
                "  \"none\": {}",
                "}");
        assertEquals(expected, Json.writePretty(sample()));
        assertEquals(sample(), Json.parse(expected));
    }

    @Test
    void parsesToLinkedHashMapPreservingOrderAndLongsAndDoubles() {
        Object parsed = Json.parse(" {\"b\": 1, \"a\": [2.5, -3, \"x\", null, true]} ");
        Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, parsed);
        assertEquals(List.of("b", "a"), new ArrayList<>(map.keySet()));
        assertEquals(1L, map.get("b"));
        List<?> list = assertInstanceOf(ArrayList.class, map.get("a"));
        assertEquals(Arrays.asList(2.5, -3L, "x", null, true), list);
    }

    @Test
    void integersBeyondLongBecomeDoubles() {
        assertEquals(Long.MAX_VALUE, Json.parse("9223372036854775807"));
        assertEquals(9.223372036854775808E18, Json.parse("9223372036854775808"));
        assertEquals(-0.0, (Double) Json.parse("-0.0"));
        assertEquals(1e-9, Json.parse("1e-9"));
        assertEquals(150.0, Json.parse("1.5E+2"));
    }

    @Test
    void escapesStringsAndRoundTripsThem() {
        String tricky = "quote\" backslash\\ slash/ nl\n cr\r tab\t bs\b ff\f nul\u0000 unit\u001f del\u007f"
                + " é 漢字 😀 ls\u2028";
        String written = Json.write(tricky);
        assertEquals("\"quote\\\" backslash\\\\ slash/ nl\\n cr\\r tab\\t bs\\b ff\\f nul\\u0000 unit\\u001f del\u007f"
                + " é 漢字 😀 ls\\u2028\"", written);
        assertEquals(tricky, Json.parse(written));
    }

    @Test
    void writesALoneSurrogateAsTheReplacementCharacterSoFilesStayValidUtf8() {
        assertEquals("\"a\uFFFDb\uFFFD\"", Json.write("a\uD800b\uDC00"));
        assertEquals("\"\uD83D\uDE00\"", Json.write("\uD83D\uDE00"), "a pair is one character, written as it is");
        assertEquals("😀", Json.parse("\"\\ud83d\\ude00\""));
        assertThrows(JsonParseException.class, () -> Json.parse("\"a\\ud800b\""), "half a pair is not a character");
    }

    @Test
    void doublesRoundTripBitExactly() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0E-9, 94.37333333, 0.1, 1.0 / 3, Math.PI,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                1e21, 1e22, 1e23, 123456789012345680.0, 2.0E-3));
        SplittableRandom random = new SplittableRandom(7);
        while (values.size() < 20_000) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                values.add(d);
            }
            values.add(random.nextDouble() * 100);
        }
        for (double d : values) {
            Object back = Json.parse(Json.write(d));
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) back), () -> "value " + d);
        }
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        List<?> parsed = (List<?>) Json.parse(Json.writePretty(array));
        for (int i = 0; i < array.length; i++) {
            assertEquals(Double.doubleToRawLongBits(array[i]), Double.doubleToRawLongBits((Double) parsed.get(i)));
        }
    }

    @Test
    void nonFiniteNumbersAreWrittenAsNull() {
        assertEquals("[null,null,null,null]", Json.write(new Object[] {Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Float.NaN}));
    }

    @Test
    void writesFloatsInShortestFloatForm() {
        assertEquals("[0.1,1.0E-9]", Json.write(new float[] {0.1f, 1e-9f}));
    }

    @Test
    void writesPrimitiveArrays() {
        assertEquals("[[1,2],[3],[true],[1.5],7]", Json.write(List.of(new int[] {1, 2}, new long[] {3},
                new boolean[] {true}, new double[] {1.5}, Integer.valueOf(7))));
    }

    @Test
    void rejectsUnsupportedValuesNamingTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.write(Map.of("when", java.time.Instant.EPOCH)));
        assertTrue(e.getMessage().contains("java.time.Instant"), e.getMessage());
        Map<Object, Object> intKeys = new HashMap<>();
        intKeys.put(1, "one");
        assertThrows(IllegalArgumentException.class, () -> Json.write(intKeys));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new java.math.BigDecimal("1.5")));
    }

    @Test
    void rejectsCyclesWithAClearError() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.write(cyclic));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|0|unexpected end of input",
        "`{`|1|expected close marker for Object",
        "`[1,]`|3|expected a valid value",
        "`{\"a\":1,}`|7|double-quote to start field name",
        "`{\"a\" 1}`|5|colon to separate field name and value",
        "`{\"a\":1 \"b\":2}`|7|comma to separate Object entries",
        "`[1 2]`|3|comma to separate Array entries",
        "`01`|1|Leading zeroes not allowed",
        "`1.`|1|Decimal point not followed by a digit",
        "`.5`|0|expected a valid value",
        "`1e`|2|digit for number exponent",
        "`-`|1|No digit following sign",
        "`tru`|0|Unrecognized token 'tru'",
        "`NaN`|3|Non-standard token 'NaN'",
        "`\"abc`|4|closing quote",
        "`\"a\\x\"`|3|Unrecognized character escape 'x'",
        "`\"\\u12g4\"`|5|hex-digit for character escape",
        "`1 2`|2|after the end of the value",
        "`{\"a\":1,\"a\":2}`|10|Duplicate field 'a'",
        "`// c`|0|comment",
        "`1e999`|0|outside the range of a double",
    })
    void reportsMalformedInputWithOffset(String text, int offset, String problem) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse(text));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().startsWith("invalid JSON at offset " + offset + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("Source:"), "one plain line: " + e.getMessage());
    }

    @Test
    void rejectsRawControlCharactersInStrings() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse("\"a\nb\""));
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("CTRL-CHAR, code 10"), e.getMessage());
    }

    @Test
    void deepNestingFailsCleanlyInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse(deep));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }

    @Test
    void parseObjectRequiresAnObject() {
        assertEquals(Map.of("a", 1L), Json.parseObject("{\"a\":1}"));
        assertThrows(JsonParseException.class, () -> Json.parseObject("[1]"));
        assertNull(Json.parse("null"));
    }
}
