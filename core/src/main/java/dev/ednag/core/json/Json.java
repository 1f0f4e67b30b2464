package dev.ednag.core.json;

import java.util.Map;

/**
 * A small, strict JSON codec for ednag's own files (journals, manifests, results), on Jackson's
 * streaming reader and writer (jackson-core; no data binding, so the file format never depends on
 * reflection). Its output is byte for byte that of the hand-written codec it replaced (golden tests).
 *
 * <p>Writing accepts {@code Map<String, ?>} (written in its iteration order, so pass a
 * {@link java.util.LinkedHashMap} for stable output), {@code List}, object and primitive arrays,
 * {@code CharSequence}, {@code Boolean}, {@code null}, {@code Integer}/{@code Long}/{@code Short}/{@code Byte}
 * and {@code Double}/{@code Float}. Anything else (records, enums, big numbers) is rejected: callers
 * convert to maps first, so the file format never depends on reflection. Finite doubles are written
 * with {@link Double#toString(double)}, which always yields a valid JSON number that parses back to
 * the identical double; NaN and infinities become {@code null}; a lone surrogate becomes U+FFFD.
 *
 * <p>Parsing follows RFC 8259 strictly (no comments, trailing commas, NaN literals, duplicate keys,
 * numbers beyond a double's range, half surrogate pairs or nesting deeper than 512) and returns {@link java.util.LinkedHashMap}, {@link java.util.ArrayList}, {@link String},
 * {@link Long} (integers that fit), {@link Double}, {@link Boolean} or {@code null}.
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class Json {

    private Json() {
    }

    /**
     * Compact JSON, no whitespace.
     *
     * @throws IllegalArgumentException naming the offending type when a value is not writable
     */
    public static String write(Object value) {
        return new JsonWriter(false).write(value);
    }

    /**
     * Pretty JSON: two-space indent, {@code "key": value}, one element per line, empty containers as
     * {@code {}} and {@code []}, no trailing newline.
     *
     * @throws IllegalArgumentException naming the offending type when a value is not writable
     */
    public static String writePretty(Object value) {
        return new JsonWriter(true).write(value);
    }

    /**
     * Parses one JSON value (surrounding whitespace allowed).
     *
     * @throws JsonParseException with the character offset of the problem
     */
    public static Object parse(String text) {
        return new JsonParser(text).parseDocument();
    }

    /**
     * Parses a document that must be a JSON object.
     *
     * @throws JsonParseException when the text is malformed or its top-level value is not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new JsonParseException("expected a JSON object but found " + JsonWriter.describe(value), 0);
        }
        return (Map<String, Object>) value;
    }
}
