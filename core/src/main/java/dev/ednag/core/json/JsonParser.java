package dev.ednag.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one value tree through Jackson's streaming parser, strictly (RFC 8259: no comments,
 * trailing commas, NaN, leading zeros or duplicate keys, and nothing after the value), into
 * LinkedHashMap, ArrayList, String, Long, Double, Boolean and null. A fresh instance per call.
 */
final class JsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonWriter.MAX_DEPTH).build())
            .build();

    private final String text;

    JsonParser(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JSON text is null");
        }
        this.text = text;
    }

    Object parseDocument() {
        try (com.fasterxml.jackson.core.JsonParser in = FACTORY.createParser(text)) {
            JsonToken first = in.nextToken();
            if (first == null) {
                throw new JsonParseException("unexpected end of input, expected a value", text.length());
            }
            Object value = value(in, first);
            if (in.nextToken() != null) {
                throw new JsonParseException("unexpected content after the end of the value",
                        offset(in.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonParseException(oneLine(e.getOriginalMessage()), offset(e.getLocation()));
        } catch (IOException e) {
            throw new JsonParseException(oneLine(e.getMessage()), 0); // reading a String fails only on bad input
        }
    }

    private Object value(com.fasterxml.jackson.core.JsonParser in, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
                    String key = in.currentName();
                    map.put(key, value(in, in.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
                    list.add(value(in, t));
                }
                yield list;
            }
            case VALUE_STRING -> wellFormed(in);
            case VALUE_NUMBER_INT -> in.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER
                    ? finite(in) : (Object) in.getLongValue();
            case VALUE_NUMBER_FLOAT -> finite(in);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException("unexpected " + token, offset(in.currentTokenLocation()));
        };
    }

    /**
     * The number as a double, which Double.parseDouble rounds correctly, so Double.toString output
     * maps back to the same bits. A literal beyond a double's range is refused rather than read as an
     * infinity, which this codec writes as null and so could not write back.
     */
    private static Double finite(com.fasterxml.jackson.core.JsonParser in) throws IOException {
        String literal = in.getText();
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            String shown = literal.length() <= 40 ? literal : literal.substring(0, 40) + "...";
            throw new JsonParseException("number " + shown + " is outside the range of a double",
                    offset(in.currentTokenLocation()));
        }
        return value;
    }

    /** The string, refused when it holds a lone surrogate (from a {@code \\u} escape): not a character. */
    private static String wellFormed(com.fasterxml.jackson.core.JsonParser in) throws IOException {
        String text = in.getText();
        if (!JsonWriter.wellFormed(text).equals(text)) {
            throw new JsonParseException("a \\u escape gives half a surrogate pair, which is not a character",
                    offset(in.currentTokenLocation()));
        }
        return text;
    }

    private static int offset(JsonLocation location) {
        if (location == null || location.getCharOffset() < 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, location.getCharOffset());
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        String line = message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "").strip()
                .replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }
}
