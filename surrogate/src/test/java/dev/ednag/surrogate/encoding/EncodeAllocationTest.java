package dev.ednag.surrogate.encoding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.nb101.Nb101Space;
import dev.ednag.spaces.nb201.Nb201Space;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Surrogates encode thousands of candidates per step, so the hot encodings must not allocate. */
class EncodeAllocationTest {

    private static final int CALLS = 200_000;

    /** Bytes this thread allocates while encoding {@code CALLS} architectures, after a warm-up. */
    private static long allocatedBytes(Encoding encoding, List<? extends Architecture> architectures) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] out = new double[encoding.dimension() + 1];
        for (int i = 0; i < CALLS; i++) {
            encoding.encode(architectures.get(i % architectures.size()), out, 1);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < CALLS; i++) {
            encoding.encode(architectures.get(i % architectures.size()), out, 1);
        }
        return threads.getThreadAllocatedBytes(thread) - before;
    }

    @Test
    void hotEncodingsAllocateNothingPerCall() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot count allocated bytes");
        SplittableRandom random = new SplittableRandom(1);
        List<Architecture> nb101 = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            nb101.add(Nb101Space.instance().sample(random));
        }
        List<Encoding> encodings = List.of(CellPathEncoding.nb201(), CellPathEncoding.tnb101Micro(),
                OneHotEncoding.of(Nb201Space.instance()), OneHotEncoding.of(Tnb101MicroSpace.instance()),
                Nb101PathEncoding.instance());
        List<List<? extends Architecture>> inputs = List.of(Nb201Space.instance().cells(),
                Tnb101MicroSpace.instance().cells(), Nb201Space.instance().cells(), Tnb101MicroSpace.instance().cells(),
                nb101);
        for (int e = 0; e < encodings.size(); e++) {
            long bytes = allocatedBytes(encodings.get(e), inputs.get(e));
            // One 16-byte object per call would be 3.2 MB; allow a little for the measuring itself.
            assertTrue(bytes < 64 * 1024, encodings.get(e) + " allocated " + bytes + " bytes in " + CALLS + " calls");
        }
    }
}
