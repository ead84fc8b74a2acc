package course.grader.exercises.deadlock;

import course.deadlock.Workshop;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Jitter;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notes' scenario at scale: half the threads call {@code f()}, half {@code g()}, many rounds
 * each with jitter, all on one workshop whose work measures how many threads are inside it.
 */
final class WorkshopRun {

    static final int CALLERS = 6;
    static final int ROUNDS = 300;
    private static final Duration BOUND = Duration.ofSeconds(15);

    private WorkshopRun() {
    }

    /** What a run saw: the most threads ever doing the work at once, and how often the work ran. */
    record Outcome(int mostInside, int workRuns) {
    }

    /** Runs the scenario; every call of f() or g() must run the work once. */
    static Outcome run() throws Exception {
        ConcurrencyGauge inside = new ConcurrencyGauge();
        AtomicInteger runs = new AtomicInteger();
        Workshop workshop = new Workshop(Neutral.as(Runnable.class, () -> {
            runs.incrementAndGet();
            inside.enter();
            try {
                Thread.yield();
            } finally {
                inside.exit();
            }
        }));
        try {
            ThreadGang.start("caller", CALLERS, index -> {
                for (int round = 0; round < ROUNDS; round++) {
                    if ((index + round) % 2 == 0) {
                        workshop.f();
                    } else {
                        workshop.g();
                    }
                    Jitter.pause();
                }
            }).joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(stuckFeedback(stuck), true);
        }
        return new Outcome(inside.most(), runs.get());
    }

    private static Feedback stuckFeedback(ThreadsStuckException stuck) {
        Feedback.Builder feedback = Feedback.expected(CALLERS + " threads calling f() and g() " + ROUNDS
                        + " times each to finish within " + BOUND.toSeconds() + " s")
                .observed(stuck.getMessage());
        if (stuck.isDeadlock()) {
            return feedback.cause("f() holds one lock while waiting for the other, and g() takes them in the other"
                            + " order: a cycle of threads each waiting for a lock the next one holds")
                    .revisit("deadlock: take the locks in one order everywhere, or make them one reentrant lock");
        }
        return feedback.cause("a thread waits for a lock that is never released; if f() takes the same lock twice and"
                        + " the lock is not reentrant, the thread waits for itself")
                .revisit("reentrant locks: the owner may lock again, and the lock is free after as many unlocks");
    }
}
