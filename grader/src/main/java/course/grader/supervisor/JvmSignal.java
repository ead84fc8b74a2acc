package course.grader.supervisor;

import course.grader.process.ProcessTree;
import course.grader.protocol.CheckEvent;
import java.time.Duration;
import java.util.Optional;

/** What the supervisor hears from a checking JVM while it waits: a message, the JVM's end, or nothing. */
sealed interface JvmSignal {

    /** A message the JVM sent on its result channel. */
    record Message(CheckEvent event) implements JvmSignal {
    }

    /**
     * The process ended and every message it sent was read.
     *
     * @param exitCode   -1 if the process was somehow still alive
     * @param stderrTail the last lines it wrote to its standard error (JVM crash messages land there)
     * @param breach     the bound it exceeded, if the supervisor's watch killed it for that
     */
    record Ended(int exitCode, String stderrTail, Optional<ProcessTree.Breach> breach) implements JvmSignal {
    }

    /** Nothing came within {@code waited}. */
    record Silence(Duration waited) implements JvmSignal {
    }
}
