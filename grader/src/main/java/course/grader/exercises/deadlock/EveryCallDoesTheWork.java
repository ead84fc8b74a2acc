package course.grader.exercises.deadlock;

import course.deadlock.Workshop;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * f() and g() do the work for every caller and give both locks back however the work ends: work
 * that throws reaches the caller and leaves the locks free for the next caller; and a caller whose
 * interrupt status is set still gets its work done (f() and g() declare no InterruptedException),
 * keeping the status for its own code. And each workshop has its own tools: one whose work waits
 * for another workshop's call is not held up by it. It asks this of a workshop that no longer
 * deadlocks: the notes' scenario runs first.
 */
@CheckInfo(id = "every-call-does-the-work", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "f() and g() pass on the work's exception and free both locks, and do the work for an interrupted caller too")
public final class EveryCallDoesTheWork implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        // Said of a workshop that deadlocks, the rest would be beside the point: the skeleton's does.
        WorkshopRun.run();
        workThatThrowsFreesTheLocks();
        anInterruptedCallerIsServed();
        workshopsAreIndependent();
    }

    /**
     * The work of one workshop waits for a call of another workshop's to do its work: each workshop
     * has its own tools, so the second call takes them while the first workshop's are held.
     */
    private static void workshopsAreIndependent() throws Exception {
        CountDownLatch otherWorkDone = new CountDownLatch(1);
        Workshop other = new Workshop(Neutral.as(Runnable.class, otherWorkDone::countDown));
        AtomicReference<ThreadGang> otherCaller = new AtomicReference<>();
        AtomicBoolean doneMeanwhile = new AtomicBoolean();
        Workshop first = new Workshop(Neutral.as(Runnable.class, () -> {
            otherCaller.set(ThreadGang.start("other-workshop-caller", 1, index -> other.g()));
            try {
                doneMeanwhile.set(otherWorkDone.await(BOUND.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        ThreadGang.start("first-workshop-caller", 1, index -> first.f()).join(BOUND.multipliedBy(2));
        if (otherCaller.get() != null) {
            otherCaller.get().join(BOUND);
        }
        if (!doneMeanwhile.get()) {
            throw new CheckFailure(Feedback.expected("a call of another workshop's g() to do its work while the first"
                            + " workshop's f() holds its own tools")
                    .observed("the other workshop's g() had not done its work " + BOUND.toSeconds() + " s later; it"
                            + " waited until the first workshop's f() was done")
                    .cause("the workshops share their tools: the locks are static fields, so every workshop waits"
                            + " for every other one, and one whose work needs another's deadlocks")
                    .revisit("each workshop has its own two locks: instance fields, made with the workshop"));
        }
    }

    /** The workshop's two methods: each must pass its work's exception on and free both locks. */
    private enum Call {
        F("f()") {
            @Override
            void on(Workshop workshop) {
                workshop.f();
            }
        },
        G("g()") {
            @Override
            void on(Workshop workshop) {
                workshop.g();
            }
        };

        private final String name;

        Call(String name) {
            this.name = name;
        }

        abstract void on(Workshop workshop);

        Call next() {
            return this == F ? G : F;
        }
    }

    /**
     * What the work throws: an exception, and an Error (a failed {@code assert}), which a
     * {@code catch (RuntimeException e)} that unlocks in place of {@code finally} lets through with
     * the locks held.
     */
    private static final List<Supplier<Throwable>> WORK_FAILURES = List.of(
            () -> new IllegalStateException("the workbench broke"),
            () -> new AssertionError("the work's result does not add up"));

    private static void workThatThrowsFreesTheLocks() throws Exception {
        for (Supplier<Throwable> failure : WORK_FAILURES) {
            for (Call call : Call.values()) {
                workThatThrowsFreesTheLocks(call, failure.get());
            }
        }
    }

    /** {@code call}'s work throws once: the caller gets that very throwable, and the other method then runs. */
    private static void workThatThrowsFreesTheLocks(Call call, Throwable failure) throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        Workshop workshop = new Workshop(Neutral.as(Runnable.class, () -> {
            if (failNext.getAndSet(false)) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
        }));
        Throwable thrown = ThreadGang.exceptionFrom("unlucky-caller", index -> call.on(workshop), BOUND);
        if (thrown != failure) {
            throw new CheckFailure(Feedback.expected(call.name + " to pass on the exception its work threw")
                    .observed(thrown == null ? "it returned normally" : "it threw " + thrown)
                    .cause("the work's exception is caught or replaced inside " + call.name)
                    .revisit("try { work } finally { unlock }: the exception goes on to the caller, the locks are freed"));
        }
        try {
            ThreadGang.start("next-caller", 1, index -> call.next().on(workshop)).join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(call.next().name + " on another thread to finish after " + call.name
                            + "'s work threw " + failure.getClass().getSimpleName())
                    .observed("it was still waiting after " + BOUND.toSeconds() + " s: " + stuck.diagnosis())
                    .cause(call.name + " leaves a lock held when its work throws " + failure.getClass().getSimpleName()
                            + ": unlock() is not in a finally block (a catch of Exception or RuntimeException that"
                            + " unlocks lets an Error through with the locks held)")
                    .revisit("lock(); try { … } finally { unlock(); }, for each lock"), true);
        }
    }

    private static void anInterruptedCallerIsServed() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Workshop workshop = new Workshop(Neutral.as(Runnable.class, runs::incrementAndGet));
        AtomicBoolean keptItsInterrupt = new AtomicBoolean();
        Throwable thrown = ThreadGang.exceptionFrom("interrupted-caller", index -> {
            Thread.currentThread().interrupt();
            workshop.f();
            workshop.g();
            keptItsInterrupt.set(Thread.interrupted());
        }, BOUND);
        if (thrown != null || runs.get() != 2 || !keptItsInterrupt.get()) {
            throw new CheckFailure(Feedback.expected("a thread whose interrupt status is set to have f() and g() do their"
                            + " work, once each, and to keep its interrupt status")
                    .observed((thrown != null ? "a call threw " + thrown + "; " : "") + "the work ran " + runs.get()
                            + " time(s) of 2, and the interrupt status was " + (keptItsInterrupt.get() ? "kept" : "cleared"))
                    .cause(thrown != null || runs.get() != 2
                            ? "a lock is taken with lockInterruptibly() (or tryLock), and an interrupt makes f() or g() give"
                                    + " up: they declare no InterruptedException, so the caller cannot tell the work was"
                                    + " not done"
                            : "f() or g() clears the caller's interrupt status")
                    .revisit("lock() waits whatever happens; an interrupt is the caller's to handle"));
        }
    }
}
