package dev.ednag.core.io;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, e.g. a library call that writes to a given path. */
@FunctionalInterface
public interface IoConsumer<T> {

    void accept(T value) throws IOException;
}
