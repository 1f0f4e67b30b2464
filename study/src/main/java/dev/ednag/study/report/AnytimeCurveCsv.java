package dev.ednag.study.report;

import java.util.List;

/** The numbers behind an anytime chart, one row per curve point. */
public final class AnytimeCurveCsv {

    public static final String HEADER = "dataset,optimizer,budget,query,runs,mean,lo,hi";

    private AnytimeCurveCsv() {}

    public static String render(String dataset, List<AnytimeCurve> curves) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (AnytimeCurve curve : curves) {
            for (AnytimeCurve.Point p : curve.points()) {
                csv.append(field(dataset)).append(',').append(field(curve.label())).append(',').append(curve.budget())
                        .append(',').append(p.query()).append(',').append(p.runs())
                        .append(',').append(number(p.mean())).append(',').append(number(p.lower()))
                        .append(',').append(number(p.upper())).append('\n');
            }
        }
        return csv.toString();
    }

    /** Shortest round-trip form; empty for NaN so spreadsheets see a missing value. */
    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
