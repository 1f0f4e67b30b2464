package dev.ednag.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recursive-descent parser over one string; a fresh instance per call. */
final class JsonParser {

    private final String text;
    private int pos;
    private int depth;

    JsonParser(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JSON text is null");
        }
        this.text = text;
    }

    Object parseDocument() {
        skipWhitespace();
        Object value = value();
        skipWhitespace();
        if (pos < text.length()) {
            throw error("unexpected " + describeAt(pos) + " after the end of the value");
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected " + describeAt(pos) + ", expected a value");
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a string key but found " + describeAt(pos));
            }
            int keyOffset = pos;
            String key = string();
            skipWhitespace();
            expect(':', "after an object key");
            skipWhitespace();
            Object value = value();
            if (map.containsKey(key)) {
                throw new JsonParseException("duplicate key \"" + key + "\"", keyOffset);
            }
            map.put(key, value);
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                depth--;
                return map;
            } else {
                throw error("expected ',' or '}' but found " + describeAt(pos));
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                depth--;
                return list;
            } else {
                throw error("expected ',' or ']' but found " + describeAt(pos));
            }
        }
    }

    private String string() {
        int start = pos;
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new JsonParseException("unterminated string", start);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                escape(sb);
            } else if (c < 0x20) {
                throw error("unescaped control character U+" + hex4(c) + " in string");
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private void escape(StringBuilder sb) {
        int start = pos;
        pos++; // backslash
        if (pos >= text.length()) {
            throw new JsonParseException("unterminated escape sequence", start);
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case '/' -> sb.append('/');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw new JsonParseException("incomplete \\u escape", start);
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos + i), 16);
                    if (digit < 0) {
                        throw new JsonParseException("invalid \\u escape, expected four hex digits", start);
                    }
                    code = code * 16 + digit;
                }
                pos += 4;
                sb.append((char) code);
            }
            default -> throw new JsonParseException("invalid escape sequence \\" + printable(c), start);
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw new JsonParseException("leading zeros are not allowed", start);
            }
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit but found " + describeAt(pos));
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point but found " + describeAt(pos));
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent but found " + describeAt(pos));
            }
            digits();
        }
        String literal = text.substring(start, pos);
        if (integral) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException tooLarge) {
                return finite(literal, start);
            }
        }
        return finite(literal, start);
    }

    /**
     * The double of {@code literal}. Double.parseDouble rounds correctly, so Double.toString output
     * maps back to the same bits. A literal beyond a double's range is refused rather than read as
     * an infinity, which this codec writes as null and so could not write back.
     */
    private static double finite(String literal, int start) {
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            String shown = literal.length() <= 40 ? literal : literal.substring(0, 40) + "...";
            throw new JsonParseException("number " + shown + " is outside the range of a double", start);
        }
        return value;
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeAt(pos) + ", expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String where) {
        if (peek() != c) {
            throw error("expected '" + c + "' " + where + " but found " + describeAt(pos));
        }
        pos++;
    }

    private void enter() {
        if (++depth > JsonWriter.MAX_DEPTH) {
            throw error("nesting deeper than " + JsonWriter.MAX_DEPTH);
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The current character, or NUL at the end (NUL never starts a valid token here). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private JsonParseException error(String problem) {
        return new JsonParseException(problem, pos);
    }

    private String describeAt(int offset) {
        return offset >= text.length() ? "end of input" : "'" + printable(text.charAt(offset)) + "'";
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? "U+" + hex4(c) : String.valueOf(c);
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(4 - hex.length()) + hex;
    }
}
