package dev.ednag.core.json;

import java.util.List;
import java.util.Map;

/** Serializes one value tree; a fresh instance per call, so not shared between threads. */
final class JsonWriter {

    /** Deep enough for any file we write; shallow enough to turn a cyclic structure into a clear error. */
    static final int MAX_DEPTH = 512;

    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();
    private int depth;

    JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    String write(Object value) {
        value(value);
        return out.toString();
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double d) {
            number(d);
        } else if (value instanceof Float f) {
            // Float.toString is the shortest form that round-trips to the same float.
            out.append(Float.isFinite(f) ? Float.toString(f) : "null");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (value instanceof List<?> list) {
            enter();
            array(list.size(), list::get);
        } else if (value.getClass().isArray()) {
            primitiveOrObjectArray(value);
        } else {
            throw new IllegalArgumentException("cannot write " + describe(value)
                    + " as JSON; convert it to a Map, List, String, number, Boolean or null first");
        }
    }

    private void number(double d) {
        // Double.toString gives forms like 94.37333333, -0.0 or 1.0E-9: all valid JSON numbers that
        // Double.parseDouble maps back to the identical bits.
        out.append(Double.isFinite(d) ? Double.toString(d) : "null");
    }

    private void object(Map<?, ?> map) {
        enter();
        if (map.isEmpty()) {
            out.append("{}");
            depth--;
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, found " + describe(entry.getKey()));
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            newline();
            string(key);
            out.append(pretty ? ": " : ":");
            value(entry.getValue());
        }
        depth--;
        newline();
        out.append('}');
    }

    private interface Indexed {
        Object get(int index);
    }

    /** Expects {@link #enter()} to have been called. */
    private void array(int length, Indexed elements) {
        if (length == 0) {
            out.append("[]");
            depth--;
            return;
        }
        out.append('[');
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(',');
            }
            newline();
            value(elements.get(i));
        }
        depth--;
        newline();
        out.append(']');
    }

    private void primitiveOrObjectArray(Object array) {
        enter();
        if (array instanceof Object[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof double[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof float[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof int[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof long[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof short[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof byte[] a) {
            array(a.length, i -> a[i]);
        } else if (array instanceof boolean[] a) {
            array(a.length, i -> a[i]);
        } else {
            throw new IllegalArgumentException("cannot write " + describe(array) + " as JSON");
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting deeper than " + MAX_DEPTH + " (cyclic structure?)");
        }
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    private void string(CharSequence s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // A lone surrogate has no UTF-8 encoding; escaping keeps the text lossless.
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void unicodeEscape(char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
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
}
