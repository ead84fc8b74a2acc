package course.grader.exercises.deadlock;

import course.deadlock.Workshop;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A work that calls the workshop again: the outer call's work calls the other method (a nested
 * call, which a reentrant lock lets the holder make), and goes on working for a while after it has
 * returned. Meanwhile a second thread calls f(): once the nested call has returned, and again
 * before it is made, so that the nested call comes while another caller waits for the tools (a
 * caller that waits holding a gate the nested call needs deadlocks the two). The tools are the
 * outer call's until it ends: the second thread's work must not start before. A release that gives
 * back every hold of the thread, rather than one, lets the nested call's end free the outer call's
 * tools too.
 */
@CheckInfo(id = "a-nested-call-keeps-the-tools", kind = CheckKind.FUNCTIONAL, points = 1, requires = "work-is-exclusive",
        title = "After a nested call from the work returns, the outer call still holds the tools")
public final class ANestedCallKeepsTheTools implements CheckBody {

    /** How long the outer work goes on after its nested call: ample time for the second caller to get in, if it can. */
    private static final long GOES_ON_MILLIS = 300;
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws Exception {
        for (boolean secondWaitsFirst : new boolean[] {false, true}) {
            requireToolsKept("f()", "g()", true, secondWaitsFirst);
            requireToolsKept("g()", "f()", false, secondWaitsFirst);
        }
    }

    private static void requireToolsKept(String outer, String nested, boolean outerIsF, boolean secondWaitsFirst)
            throws Exception {
        CountDownLatch outerHoldsTheTools = new CountDownLatch(1);
        AtomicReference<Thread> secondCaller = new AtomicReference<>();
        CountDownLatch nestedReturned = new CountDownLatch(1);
        AtomicBoolean outerWorking = new AtomicBoolean();
        AtomicBoolean nestedStarted = new AtomicBoolean();
        AtomicBoolean secondGotIn = new AtomicBoolean();
        Workshop[] workshop = new Workshop[1];
        Thread[] outerCaller = new Thread[1];
        workshop[0] = new Workshop(Neutral.as(Runnable.class, () -> {
            if (Thread.currentThread() != outerCaller[0]) {
                secondGotIn.compareAndSet(false, outerWorking.get());
            } else if (nestedStarted.compareAndSet(false, true)) {
                outerWorking.set(true);
                outerHoldsTheTools.countDown();
                if (secondWaitsFirst) {
                    untilWaiting(secondCaller);
                }
                if (outerIsF) {
                    workshop[0].g();
                } else {
                    workshop[0].f();
                }
                nestedReturned.countDown();
                sleep(GOES_ON_MILLIS);
                outerWorking.set(false);
            }
        }));
        try {
            ThreadGang outerGang = ThreadGang.start("outer-caller", 1, index -> {
                outerCaller[0] = Thread.currentThread();
                if (outerIsF) {
                    workshop[0].f();
                } else {
                    workshop[0].g();
                }
            });
            ThreadGang second = ThreadGang.start("second-caller", 1, index -> {
                if (outerGang.await(secondWaitsFirst ? outerHoldsTheTools : nestedReturned, BOUND)) {
                    workshop[0].f();
                }
            });
            secondCaller.set(second.threads().get(0));
            outerGang.join(BOUND);
            second.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a work that calls " + nested + " from inside " + outer
                            + (secondWaitsFirst ? ", while a second caller waits for the tools," : "")
                            + " to finish, and the second caller after it")
                    .observed(stuck.getMessage())
                    .cause(secondWaitsFirst
                            ? "the nested call waits for something the waiting second caller holds: a caller waits for"
                                    + " the tools while holding another lock (a gate, a monitor) that the holder's nested"
                                    + " call needs first, and each waits for the other"
                            : "the nested call waits for tools its own thread holds: they are not reentrant (the"
                                    + " holder may take a reentrant lock again), or a release left one held")
                    .revisit(secondWaitsFirst
                            ? "a thread that waits for a lock must hold nothing the lock's holder needs: take the tools"
                                    + " in one step, or give the gate up before waiting"
                            : "reentrant locks: the owner may lock again, and the lock is free after as many unlocks"),
                    true);
        }
        if (secondGotIn.get()) {
            throw new CheckFailure(Feedback.expected("the second caller's work to wait until the outer " + outer
                            + " has ended")
                    .observed("it ran while the outer " + outer + "'s work, whose nested " + nested
                            + " had returned, was still working")
                    .cause("the end of the nested call gave the tools back altogether: a release that unlocks every"
                            + " hold of the thread (while isHeldByCurrentThread(), unlock) rather than the one this call"
                            + " took frees the outer call's hold too")
                    .revisit("a reentrant lock is free after as many unlocks as locks: each call unlocks once what it"
                            + " locked, in its finally"));
        }
    }

    /**
     * In the outer work: until the second caller waits in the workshop, for a lock or a monitor (at
     * most a bound: a caller that spins never waits).
     */
    private static void untilWaiting(AtomicReference<Thread> secondCaller) {
        try {
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (System.nanoTime() < deadline && !waitsInTheWorkshop(secondCaller.get())) {
                Thread.sleep(1);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitsInTheWorkshop(Thread thread) {
        return thread != null && BlockingWaits.sleepOf(thread) != BlockingWaits.Sleep.AWAKE
                && Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(Workshop.class.getName()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
