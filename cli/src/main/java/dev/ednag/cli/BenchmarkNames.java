package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmarks;
import java.util.Iterator;

/** The benchmark names for picocli's help text and completion. */
final class BenchmarkNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Benchmarks.names().iterator();
    }
}
