package dev.ednag.study.report;

import dev.ednag.study.stats.CensoredMedian;
import dev.ednag.study.stats.Summary;
import dev.ednag.study.stats.WilsonInterval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Fixed, locale-independent number formats for reports, so the same input gives the same bytes. */
final class Formats {

    static final String MISSING = "n/a";

    private Formats() {}

    /** Accuracy-like values: three decimals. */
    static String value(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : MISSING;
    }

    /** A difference, with its sign always shown. */
    static String signed(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.3f", v) : MISSING;
    }

    /** {@code mean ± half-width} of the 95% interval. */
    static String meanCi(Summary s) {
        if (s.n() == 0) {
            return MISSING;
        }
        return value(s.mean()) + " ± " + (Double.isNaN(s.halfWidth95()) ? MISSING : value(s.halfWidth95()));
    }

    /** {@code hits/n (lo–hi%)} with the Wilson interval in whole percent. */
    static String hits(WilsonInterval w) {
        return String.format(Locale.ROOT, "%d/%d (%.0f–%.0f%%)", w.hits(), w.n(), 100 * w.lower(), 100 * w.upper());
    }

    /** A count-like median: whole when whole, else one decimal; {@code >limit} when censored. */
    static String count(CensoredMedian m, long limit) {
        if (m.isCensored()) {
            return ">" + limit;
        }
        return count(m.value());
    }

    static String count(double v) {
        if (!Double.isFinite(v)) {
            return MISSING;
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Rank sums are whole or half. */
    static String rankSum(double v) {
        return count(v);
    }

    /** Two significant digits, or {@code <1e-4}. */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return MISSING;
        }
        if (p < 1e-4) {
            return "<1e-4";
        }
        BigDecimal rounded = BigDecimal.valueOf(p).round(new MathContext(2, RoundingMode.HALF_EVEN));
        // Keep the trailing zero of 1.0 and 0.050: two significant digits always show two digits.
        if (rounded.precision() < 2) {
            rounded = rounded.setScale(rounded.scale() + 2 - rounded.precision());
        }
        return rounded.toPlainString();
    }

    /** A duration for people: seconds, minutes or hours with one or two decimals. */
    static String duration(long millis) {
        double seconds = millis / 1000.0;
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.2f h", seconds / 3600);
    }

    /** Text safe inside a markdown table cell. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
