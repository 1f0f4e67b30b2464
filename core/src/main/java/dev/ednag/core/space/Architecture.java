package dev.ednag.core.space;

/**
 * A decoded, immutable architecture. Two architectures are equal exactly when their canonical
 * keys are equal, so implementations must base {@code equals} and {@code hashCode} on the key.
 */
public interface Architecture {

    /** The canonical string form, e.g. an NAS-Bench-201 arch string. */
    String key();
}
