package dev.ednag.study;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions recorded in every manifest. */
public final class Versions {

    private Versions() {}

    /** The ednag version from the jar manifest, or "dev" when running from classes. */
    public static String ednag() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static Map<String, Object> all() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ednag", ednag());
        m.put("java", System.getProperty("java.version"));
        return m;
    }
}
