package dev.ednag.cli;

import dev.ednag.spaces.SearchSpaces;
import java.util.Iterator;

/** The search-space names for picocli's help text and completion. */
final class SpaceNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return SearchSpaces.names().iterator();
    }
}
