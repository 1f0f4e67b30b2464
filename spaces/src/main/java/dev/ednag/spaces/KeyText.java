package dev.ednag.spaces;

/** Helpers for quoting user-given keys in error messages. */
public final class KeyText {

    private static final int MAX_SHOWN = 120;

    private KeyText() {
    }

    /** Keeps a message to one readable line when someone passes a whole CSV line as a key. */
    public static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }
}
