package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ednag.core.optimizer.StepRecord;
import dev.ednag.core.run.TraceRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceCsvTest {

    @Test
    void oneRowPerIterationWithMissingValuesLeftEmpty() {
        String csv = TraceCsv.render(List.of(
                new TraceRow(new StepRecord(0, 99, 0.0, 2.5e-4, Double.NaN, 0.0, 0.0, 0.0), 0, 0, Double.NaN),
                new TraceRow(new StepRecord(1, 98, 2.5e-4, 1e-3, 91.5, 40.25, 0.5, 0.25), 12, 40, 91.5)));
        List<String> lines = csv.lines().toList();
        assertEquals(TraceCsv.HEADER, lines.get(0));
        assertEquals("0,99,0.0,2.5E-4,,0.0,0.0,0.0,0,0,", lines.get(1));
        assertEquals("1,98,2.5E-4,0.001,91.5,40.25,0.5,0.25,12,40,91.5", lines.get(2));
        assertEquals(TraceCsv.HEADER.split(",").length, lines.get(2).split(",", -1).length);
    }
}
