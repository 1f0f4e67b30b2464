package dev.ednag.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;

/**
 * Writes one value tree through Jackson's streaming generator. The tree walk is ours, so only the
 * documented types are written (never reflection); the bytes are those of ednag's first codec:
 * {@code Double.toString} digits, NaN and infinities as null, lower-case {@code \\u} escapes for
 * control characters and U+2028/U+2029, and {@code "key": value} with two-space indents when pretty.
 * One deliberate difference: a lone surrogate, which the first codec escaped, becomes U+FFFD.
 * A fresh instance per call.
 */
final class JsonWriter {

    /** Deep enough for any file we write; shallow enough to turn a cyclic structure into a clear error. */
    static final int MAX_DEPTH = 512;

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new Escapes()).build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));

    private final boolean pretty;
    private int depth;

    JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            if (pretty) {
                out.setPrettyPrinter(PRETTY);
            }
            value(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private void value(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof CharSequence s) {
            out.writeString(wellFormed(s));
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Double d) {
            number(out, d);
        } else if (value instanceof Float f) {
            if (Float.isFinite(f)) {
                out.writeNumber(f); // Float.toString: the shortest form that round-trips to the same float
            } else {
                out.writeNull();
            }
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof List<?> list) {
            enter();
            out.writeStartArray();
            for (Object element : list) {
                value(out, element);
            }
            out.writeEndArray();
            depth--;
        } else if (value.getClass().isArray()) {
            enter();
            out.writeStartArray();
            int n = Array.getLength(value);
            for (int i = 0; i < n; i++) {
                value(out, Array.get(value, i));
            }
            out.writeEndArray();
            depth--;
        } else {
            throw new IllegalArgumentException("cannot write " + describe(value)
                    + " as JSON; convert it to a Map, List, String, number, Boolean or null first");
        }
    }

    /**
     * {@code s} with every lone surrogate replaced by U+FFFD: a lone surrogate has no UTF-8 encoding,
     * so this keeps every file valid UTF-8 (ednag's own strings never hold one).
     */
    static String wellFormed(CharSequence s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    private static void number(JsonGenerator out, double d) throws IOException {
        // Double.toString gives forms like 94.37333333, -0.0 or 1.0E-9: all valid JSON numbers that
        // Double.parseDouble maps back to the identical bits.
        if (Double.isFinite(d)) {
            out.writeNumber(d);
        } else {
            out.writeNull();
        }
    }

    private void object(JsonGenerator out, Map<?, ?> map) throws IOException {
        enter();
        out.writeStartObject();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, found " + describe(e.getKey()));
            }
            out.writeFieldName(key);
            value(out, e.getValue());
        }
        out.writeEndObject();
        depth--;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting deeper than " + MAX_DEPTH + " (cyclic structure?)");
        }
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        return "a value of type " + value.getClass().getName();
    }

    /**
     * The first codec's escapes: the short forms for quote, backslash, \b \t \n \f \r; {@code \\u}
     * with lower-case hex for the other control characters and for U+2028/U+2029, which end lines
     * in JavaScript; everything else as it is.
     */
    private static final class Escapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if (ascii[c] == ESCAPE_STANDARD) {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                String hex = Integer.toHexString(ch);
                return new SerializedString("\\u" + "0".repeat(4 - hex.length()) + hex);
            }
            return null;
        }
    }
}
