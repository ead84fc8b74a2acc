package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Four workers wait (one of them with a long timeout); two other threads call clear() again and
 * again, and in the middle of it the boss sets the event once. Every worker must return, the timed
 * one with true: each was waiting when the set() came, whatever the flag says by the time it looks
 * again. A clearing thread is queued for the lock when set() signals, so it gets the lock before
 * the woken workers — on a fair lock always — and the clearing ends with the flag down: a waiter
 * that looks only at the flag goes back to sleep for good. Then the boss itself sets and clears twice
 * in a row, and every worker must return again.
 */
@CheckInfo(id = "set-wakes-waiters-while-another-thread-clears", kind = CheckKind.STRESS, points = 2,
        title = "set() wakes all 4 waiting workers while other threads call clear() again and again, and when the"
                + " boss sets and clears twice in a row")
public final class SetWakesWaitersWhileAnotherThreadClears implements CheckBody {

    private static final int WORKERS = 4;
    private static final int TIMED = 1;
    private static final int ROUNDS = 10;
    /**
     * Two threads clear, so that one of them holds the lock or waits for it at every moment: when
     * set() has the lock, the other is already queued for it, ahead of the workers set() wakes.
     */
    private static final int CLEARERS = 2;
    /** Each clearing thread clears from before the set() until this many clears after it returned. */
    private static final int CLEARS_AFTER_THE_SET = 1_000;
    /** A clearing thread stops after this long whatever happened: an event whose set() hangs. */
    private static final Duration CLEARING_AT_MOST = Duration.ofSeconds(2);

    /** One round's workers: {@value #WORKERS} on a fresh event, {@value #TIMED} of them timed, counted as they return. */
    private record Workers(Event event, ThreadGang gang, AtomicInteger woken, AtomicInteger timedFalse) {

        static Workers start() {
            Event event = new Event();
            AtomicInteger woken = new AtomicInteger();
            AtomicInteger timedFalse = new AtomicInteger();
            ThreadGang gang = Waiters.start(event, WORKERS, TIMED, set -> {
                if (!set) {
                    timedFalse.incrementAndGet();
                }
                woken.incrementAndGet();
            });
            return new Workers(event, gang, woken, timedFalse);
        }
    }

    @Override
    public void run(CheckContext context) throws Exception {
        whileOthersClear();
        whileTheBossSetsAndClearsTwice();
    }

    private static void whileOthersClear() throws Exception {
        boolean spinning = false;
        for (int round = 1; round <= ROUNDS; round++) {
            Workers waiting = Workers.start();
            Event event = waiting.event();
            ThreadGang workers = waiting.gang();
            spinning = Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), spinning);
            AtomicLong clears = new AtomicLong();
            AtomicBoolean setReturned = new AtomicBoolean();
            ThreadGang clearers = ThreadGang.start("clearer", CLEARERS, index -> {
                long giveUp = System.nanoTime() + CLEARING_AT_MOST.toNanos();
                long after = 0;
                while (after < CLEARS_AFTER_THE_SET && System.nanoTime() < giveUp) {
                    event.clear();
                    clears.incrementAndGet();
                    after += setReturned.get() ? 1 : 0;
                }
            });
            while (clears.get() < CLEARS_AFTER_THE_SET && clearers.threads().get(0).isAlive()) {
                Thread.onSpinWait();
            }
            event.set();
            setReturned.set(true);
            try {
                clearers.join(Duration.ofSeconds(3));
                workers.join(Duration.ofSeconds(3));
            } catch (ThreadsStuckException stuck) {
                Waiters.wakeEach(event, workers);
                throw new CheckFailure(feedback(round, (WORKERS - waiting.woken().get()) + " of " + WORKERS
                                + " workers were still waiting 3 s after set(): " + stuck.getMessage(),
                        "a woken worker looked at the flag, found it cleared by the other thread, and went back to"
                                + " sleep: the flag says whether the event is set now, not whether a set() came while"
                                + " the worker waited"), true);
            }
            if (waiting.timedFalse().get() > 0) {
                throw new CheckFailure(feedback(round, "the worker in await(" + Waiters.TIMED_PATIENCE.toSeconds()
                                + " s) returned false, though set() was called while it waited",
                        "await(timeout) reports the flag as it finds it on waking (cleared by the other thread), not"
                                + " whether a set() happened since it began waiting"));
            }
        }
    }

    /**
     * The boss itself sets and clears twice in a row, faster than the woken workers get the lock back:
     * they find the flag down and a second set() since the one that woke them. Something that two
     * set()s turn back (the flag, a generation kept as a boolean or a parity) says nothing came.
     */
    private static void whileTheBossSetsAndClearsTwice() throws Exception {
        boolean spinning = false;
        for (int round = 1; round <= ROUNDS; round++) {
            Workers waiting = Workers.start();
            Event event = waiting.event();
            ThreadGang workers = waiting.gang();
            spinning = Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), spinning);
            for (int twice = 0; twice < 2; twice++) {
                event.set();
                event.clear();
            }
            try {
                workers.join(Duration.ofSeconds(3));
            } catch (ThreadsStuckException stuck) {
                Waiters.wakeEach(event, workers);
                throw new CheckFailure(twiceFeedback(round, (WORKERS - waiting.woken().get()) + " of " + WORKERS
                        + " workers were still waiting 3 s after the boss's set(), clear(), set(), clear(): "
                        + stuck.getMessage()), true);
            }
            if (waiting.timedFalse().get() > 0) {
                throw new CheckFailure(twiceFeedback(round, "the worker in await(" + Waiters.TIMED_PATIENCE.toSeconds()
                        + " s) returned false after the boss's set(), clear(), set(), clear()"));
            }
        }
    }

    private static Feedback twiceFeedback(int round, String observed) {
        return Feedback.expected("all " + WORKERS + " waiting workers to return after the boss calls set(), clear(),"
                        + " set(), clear() in a row — the timed one with true")
                .observed(observed + " (round " + round + " of " + ROUNDS + ")")
                .cause("a woken worker decides whether a set() came by something that two set()s turn back: the flag"
                        + " (cleared again), or a generation kept as a boolean or a parity (flipped twice)")
                .revisit("a generation count: every set() counts it up, and a waiter returns once it differs from the"
                        + " count it arrived with");
    }

    private static Feedback feedback(int round, String observed, String cause) {
        return Feedback.expected("all " + WORKERS + " waiting workers to return after set() — the timed one with true —"
                        + " while other threads call clear() again and again")
                .observed(observed + " (round " + round + " of " + ROUNDS + ")")
                .cause(cause)
                .revisit("a generation count: a waiter keeps, in a local variable, the generation it arrived in, and"
                        + " returns once it has changed, whatever the flag says");
    }
}
