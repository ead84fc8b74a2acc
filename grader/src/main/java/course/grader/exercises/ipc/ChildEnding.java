package course.grader.exercises.ipc;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.ipc.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts a child program, talks to it once, ends it the way the check says, and requires it gone
 * at the instant that returns (a kill sent but not waited for leaves the child dying for a while
 * after), within a bound. (The grader ends every child a check left running.)
 *
 * @param how          the call that ends the child, as the student reads it ("close()")
 * @param childProgram the child to end: a polite one, or one that does not want to end
 * @param bound        how long the ending may take
 * @param stuckCause   why the ending would still be running at the bound
 * @param aliveCause   why the child would still be running once the ending returned
 */
record ChildEnding(String how, Class<?> childProgram, Duration bound, String stuckCause, String aliveCause) {

    /** What the check does with the student's child: talks to it, or ends it as the student is asked to. */
    @FunctionalInterface
    interface Ending {
        void end(ChildProcess child) throws Exception;
    }

    /** close() of {@code childProgram}, a child that ends when its input does. */
    static ChildEnding closeOfAPoliteChild(Class<?> childProgram) {
        return new ChildEnding("close()", childProgram, Duration.ofSeconds(10),
                "it waits for a child that never ends: its input is never closed, and nothing destroys it after the"
                        + " grace period",
                "the child is neither told to end (its input closed) nor destroyed, nor waited for");
    }

    /** Talks to the child once, ends it as {@code ending} does and requires it gone; the child's process id. */
    long requireGone(Ending ending) throws Exception {
        return requireGone(child -> child.exchange(List.of(new byte[] {1})), ending);
    }

    /**
     * Does {@code before} with the child, ends it as {@code ending} does and requires it gone; the
     * child's process id.
     */
    long requireGone(Ending before, Ending ending) throws Exception {
        AtomicLong pid = new AtomicLong(-1);
        AtomicBoolean aliveAtReturn = new AtomicBoolean();
        try {
            ThreadGang.start("parent", 1, index -> {
                ChildProcess child = ChildProcess.start(Child.standingFor(childProgram));
                pid.set(child.pid());
                before.end(child);
                ending.end(child);
                aliveAtReturn.set(ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false));
            }).join(bound);
            if (aliveAtReturn.get()) {
                throw new CheckFailure(Feedback.expected("no child process running after " + how + " returned, for "
                                + description())
                        .observed("child " + pid.get() + " was still running at the instant " + how + " returned")
                        .cause(aliveCause)
                        .revisit("every process you start is yours to end and reap"));
            }
            return pid.get();
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(how + " to end " + description() + " within " + bound.toSeconds() + " s")
                    .observed("it was still running; " + stuck.diagnosis())
                    .cause(stuckCause)
                    .revisit("waitFor with a timeout, then destroyForcibly, then waitFor"), true);
        }
    }

    private String description() {
        if (childProgram == StubbornChild.class) {
            return "a child that ignores the end of its input and a request to end (a shutdown hook that never returns)";
        }
        if (childProgram == UnhurriedChild.class) {
            return "a child that ends by itself " + UnhurriedChild.CLEAN_UP.toMillis() + " ms after its input does";
        }
        if (childProgram == WithdrawnChild.class) {
            return "a child that closed its own input and output and runs on";
        }
        return "a child that ends when its input does";
    }
}
