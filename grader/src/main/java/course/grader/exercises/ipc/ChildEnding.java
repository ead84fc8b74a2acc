package course.grader.exercises.ipc;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.ipc.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

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

    /** How long a killed child takes at most to be gone once the JDK reaps it for a parent that did not wait. */
    private static final Duration DYING = Duration.ofSeconds(1);

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
        return requireGone(ChildEnding::talkOnce, ending);
    }

    /**
     * Does {@code before} with the child, ends it as {@code ending} does and requires it gone; the
     * child's process id.
     */
    long requireGone(Ending before, Ending ending) throws Exception {
        return requireGone(before, (child, returned) -> {
            ending.end(child);
            returned.run();
        });
    }

    /**
     * An ending wrapped in something that goes on after the student's call returns (a measurement
     * that then stops its reference threads): it runs {@code returned} the instant the call has.
     */
    @FunctionalInterface
    interface WrappedEnding {
        void end(ChildProcess child, Runnable returned) throws Exception;
    }

    /** Talks to the child once, ends it as {@code ending} does and requires it gone; the child's process id. */
    long requireGone(WrappedEnding ending) throws Exception {
        return requireGone(ChildEnding::talkOnce, ending);
    }

    private long requireGone(Ending before, WrappedEnding ending) throws Exception {
        Set<Long> earlier = childrenOfThisJvm();
        AtomicLong pid = new AtomicLong(-1);
        AtomicBoolean pidIsAChild = new AtomicBoolean();
        AtomicReference<List<Long>> aliveAtReturn = new AtomicReference<>(List.of());
        try {
            ThreadGang.start("parent", 1, index -> {
                Class<?> started = Child.standingFor(childProgram).started();
                ChildProcess child = ChildProcess.start(started);
                pid.set(child.pid());
                pidIsAChild.set(childrenOfThisJvm().contains(pid.get()));
                if (pidIsAChild.get()) {
                    Child.requireRuns(child.pid(), started);
                }
                before.end(child);
                AtomicBoolean looked = new AtomicBoolean();
                ending.end(child, () -> {
                    if (looked.compareAndSet(false, true)) {
                        aliveAtReturn.set(aliveChildren(pid.get(), earlier));
                    }
                });
            }).join(bound);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(how + " to end " + description() + " within " + bound.toSeconds() + " s")
                    .observed("it was still running; " + stuck.diagnosis())
                    .cause(stuckCause)
                    .revisit("waitFor with a timeout, then destroyForcibly, then waitFor"), true);
        } catch (WorkerFailedException failed) {
            throw failed.getCause() instanceof CheckFailure notThatProgram ? notThatProgram : failed;
        }
        if (!pidIsAChild.get()) {
            throw new CheckFailure(Feedback.expected("pid() to give the id of the child process start() started")
                    .observed("pid() gave " + pid.get() + ", which is no child process of this JVM")
                    .cause("start() does not start a process, or pid() does not ask the Process it started")
                    .revisit("ProcessBuilder.start() gives a Process; its pid() is the child's"));
        }
        if (!aliveAtReturn.get().isEmpty()) {
            long alive = aliveAtReturn.get().getFirst();
            boolean endedBySelf = endsSoon(alive);
            throw new CheckFailure(Feedback.expected("no child process running after " + how + " returned, for "
                            + description())
                    .observed("child " + alive + " was still running at the instant " + how + " returned"
                            + (endedBySelf ? ", and was gone less than " + DYING.toMillis() + " ms later, with nothing"
                                    + " more done to it" : ""))
                    .cause(endedBySelf
                            ? how + " kills the child but returns without waiting for it: a killed process takes a while"
                                    + " to end, and is gone only once its parent has waited for it"
                            : aliveCause)
                    .revisit("every process you start is yours to end and reap: waitFor after destroyForcibly"));
        }
        return pid.get();
    }

    /**
     * The children of this JVM alive now but for {@code earlier}: the started one first, at once
     * (killed but not waited for, it is there, dying or a zombie, for a while), then every other,
     * not only the id pid() gives: a child is gone when no process of it is left.
     */
    private static List<Long> aliveChildren(long started, Set<Long> earlier) {
        if (ProcessHandle.of(started).filter(ProcessHandle::isAlive).isPresent()) {
            return List.of(started);
        }
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).filter(alive -> !earlier.contains(alive)).toList();
    }

    /** Whether process {@code pid} is gone within {@link #DYING}, with nothing more done to it. */
    private static boolean endsSoon(long pid) {
        try {
            ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(DYING.toMillis(), TimeUnit.MILLISECONDS).join());
            return true;
        } catch (CompletionException stillThere) {
            return false;
        }
    }

    private static void talkOnce(ChildProcess child) throws Exception {
        child.exchange(List.of(new byte[] {1}));
    }

    private static Set<Long> childrenOfThisJvm() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
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
