package dev.ednag.benchmarks;

import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.samples.Nb101Sample;
import dev.ednag.benchmarks.samples.Nb301Sample;
import dev.ednag.benchmarks.tnb101.Tnb101Benchmark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The benchmarks shipped with ednag, by the names scripts use, each loaded on first use and then
 * shared. A failed load is not remembered, so it is retried and reported again.
 */
public final class Benchmarks {

    /** Loader and the search space (by name) each benchmark evaluates, in listing order. */
    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, Benchmark> LOADED = new ConcurrentHashMap<>();

    private record Entry(String space, Supplier<Benchmark> loader) {}

    static {
        ENTRIES.put(Nb201Benchmark.NAME, new Entry("nb201", Nb201Benchmark::shipped));
        ENTRIES.put(Tnb101Benchmark.MICRO, new Entry("tnb101-micro", Tnb101Benchmark::micro));
        ENTRIES.put(Tnb101Benchmark.MACRO, new Entry("tnb101-macro", Tnb101Benchmark::macro));
        ENTRIES.put(Nb101Sample.NAME, new Entry("nb101", Nb101Sample::load));
        ENTRIES.put(Nb101Sample.FIXED_OPS_NAME, new Entry("nb101-fixed-ops", Nb101Sample::loadFixedOps));
        ENTRIES.put(Nb301Sample.NAME, new Entry("darts", Nb301Sample::load));
    }

    private Benchmarks() {}

    /** Every name, in listing order. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * The benchmark called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Benchmark get(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        Entry entry = ENTRIES.get(key);
        if (entry == null) {
            throw new IllegalArgumentException("unknown benchmark '" + name + "'; known: " + String.join(", ", names()));
        }
        return LOADED.computeIfAbsent(key, k -> entry.loader().get());
    }

    /** The benchmarks over the search space called {@code space} (a sample's underlying space counts), in listing order. */
    public static List<String> forSpace(String space) {
        List<String> out = new ArrayList<>();
        ENTRIES.forEach((name, entry) -> {
            if (entry.space().equalsIgnoreCase(space)) {
                out.add(name);
            }
        });
        return out;
    }
}
