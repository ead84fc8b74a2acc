package course.grader.supervisor;

import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.protocol.CheckEvent;
import course.grader.report.CheckGrade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One checking JVM's way through the checks it was given, as a state machine fed with what the
 * supervisor hears from it ({@link JvmSignal}). Between checks it expects the next check's start;
 * while a check runs, that check's end. Anything else (silence, the JVM's end, a message out of
 * turn) costs the check it was waiting for and ends the session, and the remaining checks go to a
 * new JVM. Every end settles at least that check, so a grading always moves on; no signal throws.
 */
final class JvmSession {

    /** Time given beyond a check's own limit for the checking JVM's watchdog to report. */
    static final Duration WATCHDOG_GRACE = Duration.ofSeconds(20);
    /** Time a JVM may take to start, or to go from one check to the next. */
    static final Duration BETWEEN_CHECKS = Duration.ofSeconds(30);

    private sealed interface State {
    }

    /** Waiting for the start of {@code planned[next]}. */
    private record Between(int next) implements State {
    }

    /** {@code planned[index]} started at {@code startedAt} ({@link System#nanoTime()}). */
    private record Running(int index, long startedAt) implements State {
    }

    private record Over() implements State {
    }

    private final List<CheckDescriptor> planned;
    private final List<CheckGrade> settled = new ArrayList<>();
    private State state;

    /** A session for a JVM told to run {@code planned}, in order. */
    JvmSession(List<CheckDescriptor> planned) {
        this.planned = List.copyOf(planned);
        this.state = this.planned.isEmpty() ? new Over() : new Between(0);
    }

    boolean over() {
        return state instanceof Over;
    }

    /** How long to wait for the next signal. */
    Duration patience() {
        return switch (state) {
            case Between between -> BETWEEN_CHECKS;
            case Running running -> planned.get(running.index()).timeLimit().plus(WATCHDOG_GRACE);
            case Over over -> Duration.ZERO;
        };
    }

    /** The grades of the checks this JVM settled so far, in the order they were settled. */
    List<CheckGrade> settled() {
        return List.copyOf(settled);
    }

    void hear(JvmSignal signal) {
        state = switch (state) {
            case Between between -> between(between.next(), signal);
            case Running running -> running(running, signal);
            case Over over -> over;
        };
    }

    private State between(int next, JvmSignal signal) {
        CheckDescriptor expected = planned.get(next);
        return switch (signal) {
            case JvmSignal.Message(CheckEvent.Started started) when expected.id().equals(started.checkId()) ->
                    new Running(next, System.nanoTime());
            case JvmSignal.Message(CheckEvent.Unloadable unloadable) when unloadable.feedback() != null ->
                    unloadable(next, unloadable);
            case JvmSignal.Message message -> lost(expected, JvmFeedback.outOfTurn(message.event()), 0);
            case JvmSignal.Ended ended -> lost(expected, JvmFeedback.ended(ended, false), 0);
            case JvmSignal.Silence silence -> lost(expected, JvmFeedback.unresponsive(silence.waited()), 0);
        };
    }

    private State running(Running running, JvmSignal signal) {
        CheckDescriptor check = planned.get(running.index());
        return switch (signal) {
            case JvmSignal.Message(CheckEvent.Finished finished)
                    when check.id().equals(finished.checkId()) && (finished.passed() || finished.feedback() != null) -> {
                settled.add(CheckGrade.of(check, finished));
                int next = running.index() + 1;
                yield finished.restart() || next == planned.size() ? new Over() : new Between(next);
            }
            case JvmSignal.Message(CheckEvent.Unloadable unloadable) when unloadable.feedback() != null ->
                    unloadable(running.index(), unloadable);
            case JvmSignal.Message message -> lost(check, JvmFeedback.outOfTurn(message.event()), 0);
            case JvmSignal.Ended ended -> lost(check, JvmFeedback.ended(ended, true), elapsedMillis(running));
            case JvmSignal.Silence silence ->
                    lost(check, JvmFeedback.unresponsive(silence.waited()), elapsedMillis(running));
        };
    }

    /** The exercise's classes cannot be loaded: every check not yet settled fails with that feedback. */
    private State unloadable(int from, CheckEvent.Unloadable unloadable) {
        for (CheckDescriptor check : planned.subList(from, planned.size())) {
            settled.add(CheckGrade.failed(check, unloadable.feedback(), 0));
        }
        return new Over();
    }

    private State lost(CheckDescriptor check, Feedback why, long durationMs) {
        settled.add(CheckGrade.failed(check, why, durationMs));
        return new Over();
    }

    private static long elapsedMillis(Running running) {
        return Duration.ofNanos(System.nanoTime() - running.startedAt()).toMillis();
    }
}
