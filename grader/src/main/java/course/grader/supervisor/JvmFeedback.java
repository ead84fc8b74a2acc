package course.grader.supervisor;

import course.grader.api.Feedback;
import course.grader.process.ProcessTree;
import course.grader.protocol.CheckEvent;
import java.time.Duration;
import java.util.List;

/**
 * What a student reads when the checking JVM, rather than a check, failed them: it died, stopped
 * responding, exceeded a bound, or sent messages out of turn. Only the wording lives here; when
 * to say it is {@link JvmSession}'s.
 */
final class JvmFeedback {

    private static final int STDERR_LINES_QUOTED = 3;

    private JvmFeedback() {
    }

    /** The JVM ended while the session waited for it; {@code duringCheck} when a check had started. */
    static Feedback ended(JvmSignal.Ended ended, boolean duringCheck) {
        return ended.breach().map(JvmFeedback::exceeded)
                .orElseGet(() -> diedOrExited(ended.exitCode(), ended.stderrTail(), duringCheck));
    }

    static Feedback outOfTurn(CheckEvent event) {
        return Feedback.expected("the grader's own messages, one check at a time")
                .observed("a '" + event.type() + "' message for check " + event.checkId() + " out of turn")
                .cause("something in the JVM running your code imitated or disturbed the grader's reporting")
                .revisit("code under test never writes the grader's results");
    }

    static Feedback unresponsive(Duration waited) {
        return Feedback.expected("the JVM running your code to report within " + waited.toSeconds() + " s")
                .observed("it stopped responding, and not even the grader's watchdog inside it could report")
                .cause("the whole JVM was starved: too many threads, a full heap, or an endless loop in a"
                        + " static initializer")
                .revisit("bounded resources: create threads and memory in proportion to the work");
    }

    private static Feedback exceeded(ProcessTree.Breach breach) {
        String what = breach == ProcessTree.Breach.TOO_MANY_THREADS ? "threads" : "child processes";
        return Feedback.expected("a bounded number of " + what)
                .observed("so many " + what + " were alive at once that the grader stopped the JVM")
                .cause("new " + what + " are started in a loop, or for every task, and never end")
                .revisit("bounded resources: a fixed pool of workers, and join or reap what you start");
    }

    private static Feedback diedOrExited(int exitCode, String stderrTail, boolean duringCheck) {
        String jvmSaid = stderrTail.isBlank() ? "" : "; the JVM said: " + lastLines(stderrTail);
        return Feedback.expected("the JVM running your code to stay up until the grader is done")
                .observed("it ended " + (duringCheck ? "during this check" : "before this check began")
                        + " with exit code " + exitCode + jvmSaid)
                .cause("your code called System.exit or Runtime.halt (perhaps in a static initializer),"
                        + " or the JVM crashed, for example out of memory")
                .revisit("library code never ends the JVM: throw an exception and let the caller decide");
    }

    private static String lastLines(String text) {
        List<String> lines = text.lines().toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - STDERR_LINES_QUOTED), lines.size()));
    }
}
