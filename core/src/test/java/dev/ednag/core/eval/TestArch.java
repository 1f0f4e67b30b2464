package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;

/** Minimal architecture for tests: the record's equals/hashCode are based on the key alone. */
record TestArch(String key) implements Architecture {

    static List<TestArch> of(String... keys) {
        List<TestArch> list = new ArrayList<>();
        for (String key : keys) {
            list.add(new TestArch(key));
        }
        return list;
    }
}
