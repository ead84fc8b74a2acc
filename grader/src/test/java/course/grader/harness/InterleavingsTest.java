package course.grader.harness;

import static course.grader.harness.Interleavings.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import course.grader.api.CheckContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the model checker cannot run, an interleaving check explores nothing, costs nothing and says so. */
class InterleavingsTest {

    /** A shared object whose every schedule would break its specification, were any explored. */
    public static final class Racy {
        private long value;

        @org.jetbrains.lincheck.datastructures.Operation
        public long increment() {
            long read = value;
            value = read + 1;
            return read;
        }
    }

    @Test
    void withoutTheAgentNothingIsExploredAndTheReportSaysWhy() throws Exception {
        assertEquals(null, InterleavingAgent.instrumentation(), "the unit tests' JVM starts without the agent");
        List<String> measured = new ArrayList<>();
        CheckContext context = new CheckContext() {
            @Override
            public Path classesLocation() {
                return Path.of(".");
            }

            @Override
            public void measure(String name, double value, String unit) {
                measured.add(name + " = " + value + " " + unit);
            }
        };
        long start = System.nanoTime();
        Optional<InterleavingTrace> trace = Interleavings.of(Racy.class, Racy.class)
                .scenario(List.of(), List.of(call("increment")), List.of(call("increment")), List.of())
                .explore(context);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(trace.isEmpty(), "no trace, so the check passes: the student loses nothing");
        assertEquals(List.of("interleavings not explored: this checking JVM was started without the model checker's agent"
                + " = 0.0 scenarios"), measured);
        assertTrue(tookMillis < 1_000, "at no cost: " + tookMillis + " ms");
    }
}
