package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordingEvaluatorTest {

    @Test
    void recordsEveryReturnedEvaluationInOrder() {
        RecordingEvaluator recorder = new RecordingEvaluator(new FakeOracle());
        recorder.evaluate(TestArch.of("c", "a"));
        recorder.evaluate(TestArch.of("b"));
        assertEquals(FakeOracle.expectedFor(TestArch.of("c", "a", "b")), recorder.records());
    }

    @Test
    void recordsSinceReturnsOnlyTheNewTail() {
        RecordingEvaluator recorder = new RecordingEvaluator(new FakeOracle());
        recorder.evaluate(TestArch.of("c", "a"));
        assertEquals(2, recorder.size());
        recorder.evaluate(TestArch.of("b"));
        assertEquals(FakeOracle.expectedFor(TestArch.of("a", "b")), recorder.recordsSince(1));
        assertEquals(List.of(), recorder.recordsSince(3));
        assertEquals(List.of(), recorder.recordsSince(9));
    }

    @Test
    void recordsAreAnUnmodifiableSnapshot() {
        RecordingEvaluator recorder = new RecordingEvaluator(new FakeOracle());
        recorder.evaluate(TestArch.of("a"));
        List<Evaluation> snapshot = recorder.records();
        recorder.evaluate(TestArch.of("b"));
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(FakeOracle.expected("z")));
    }

    @Test
    void keepsEachConcurrentBatchContiguous() throws InterruptedException {
        RecordingEvaluator recorder = new RecordingEvaluator(new FakeOracle());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String prefix = "t" + t + "-";
            threads.add(new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    recorder.evaluate(TestArch.of(prefix + i + "a", prefix + i + "b"));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        List<Evaluation> records = recorder.records();
        assertEquals(800, records.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < records.size(); i += 2) {
            String a = records.get(i).key();
            assertEquals(a.substring(0, a.length() - 1) + "b", records.get(i + 1).key());
            keys.add(a);
        }
        assertEquals(400, keys.size());
    }
}
