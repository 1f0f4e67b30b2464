package dev.ednag.core.json;

/** Malformed JSON; the message and {@link #offset()} give the zero-based character offset of the problem. */
public final class JsonParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public JsonParseException(String problem, int offset) {
        super("invalid JSON at offset " + offset + ": " + problem);
        this.offset = offset;
    }

    /** Zero-based index into the parsed text where the problem was detected. */
    public int offset() {
        return offset;
    }
}
