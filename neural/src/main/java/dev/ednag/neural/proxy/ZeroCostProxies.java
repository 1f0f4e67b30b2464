package dev.ednag.neural.proxy;

import java.util.List;
import java.util.Locale;

/** The proxies by name. */
public final class ZeroCostProxies {

    private static final List<ZeroCostProxy> ALL = List.of(
            new Synflow(), new JacobCov(), new Naswot(), new GradNorm(), new Snip(), new ParamsProxy(),
            new FlopsProxy());

    private ZeroCostProxies() {
    }

    public static List<ZeroCostProxy> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(ZeroCostProxy::name).toList();
    }

    /** The proxy called {@code name} (case-insensitive, '-' for '_'). */
    public static ZeroCostProxy parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ZeroCostProxy p : ALL) {
            if (p.name().equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown zero-cost proxy '" + name + "'; known: " + String.join(", ", names()));
    }
}
