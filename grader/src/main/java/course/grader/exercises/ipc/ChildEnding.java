package course.grader.exercises.ipc;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.ipc.ChildProcess;
import course.ipc.EchoChild;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Starts an echo child, talks to it once, ends it the way the check says, and reports whether it is gone. */
final class ChildEnding {

    /** How the student's code is asked to end the child. */
    @FunctionalInterface
    interface Ending {
        void end(ChildProcess child) throws Exception;
    }

    private static final Duration BOUND = Duration.ofSeconds(10);

    private ChildEnding() {
    }

    static void requireGone(String how, Ending ending) throws Exception {
        AtomicLong pid = new AtomicLong(-1);
        try {
            ThreadGang.start("parent", 1, index -> {
                ChildProcess child = ChildProcess.start(EchoChild.class);
                pid.set(child.pid());
                child.exchange(List.of(new byte[] {1}));
                ending.end(child);
            }).join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(how + " to end the child within " + BOUND.toSeconds() + " s")
                    .observed("it was still running; " + stuck.diagnosis())
                    .cause("it waits for a child that never ends: nothing destroys it after the grace period")
                    .revisit("waitFor with a timeout, then destroyForcibly, then waitFor"), true);
        }
        boolean alive = ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
            throw new CheckFailure(Feedback.expected("no child process running after " + how + " returned")
                    .observed("child " + pid.get() + " was still running")
                    .cause("the child is neither told to end (its input closed) nor destroyed, nor waited for")
                    .revisit("every process you start is yours to end and reap"));
        }
    }
}
