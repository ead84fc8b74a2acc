package course.grader.exercises.deadlock;

import static course.grader.exercises.deadlock.MutexIsReentrant.lockedOnce;
import static course.grader.exercises.deadlock.MutexIsReentrant.unlocked;

import course.deadlock.ReentrantMutex;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.IdleCpu;
import course.grader.harness.WakeUps;
import course.grader.harness.ThreadGang;
import course.grader.harness.WaitingThreads;
import java.time.Duration;
import java.util.List;

/**
 * Threads waiting in lock() use no more CPU than a thread blocked in the JDK's CountDownLatch over
 * the same window, plus a tenth of it ({@link IdleCpu}): first two waiters side by side (a waiter
 * that wakes the others before it waits keeps them all running), then one of them interrupted (a
 * waiter that restores its interrupt inside the wait loop makes every next wait() throw at once).
 */
@CheckInfo(id = "mutex-waiters-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 1, requires = "mutex-excludes",
        title = "Threads waiting in lock(), interrupted or not, use no more CPU than a thread blocked in a CountDownLatch")
public final class MutexWaitersDoNotSpin implements CheckBody {

    private static final Duration WINDOW = Duration.ofMillis(300);
    private static final int WAITERS = 2;
    /** Waiters on a clock are timed after this many unlocks at most: one look can be lucky on a loaded machine. */
    private static final int WAKE_UP_ATTEMPTS = 3;

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (MutexThread owner = MutexThread.start("owner")) {
            for (int attempt = 1; attempt <= WAKE_UP_ATTEMPTS; attempt++) {
                if (!wokenByTheUnlock(context, owner, mutex, attempt == 1)) {
                    return;
                }
            }
        }
    }

    /**
     * The owner holds the mutex while {@value #WAITERS} threads wait for it; the first attempt also
     * measures their CPU, plain and interrupted. Then the owner unlocks, and the waiters must be
     * woken by it. Returns whether the waiters were on a clock and woke in time, in which case one
     * look may have been lucky and another attempt is worth making; false when they wait untimed.
     */
    private static boolean wokenByTheUnlock(CheckContext context, MutexThread owner, ReentrantMutex mutex,
                                            boolean measureTheCost) throws Exception {
        owner.call("lock()", () -> lockedOnce(mutex));
        ThreadGang waiters = ThreadGang.start("waiter", WAITERS, index -> {
            mutex.lock();
            mutex.unlock();
        });
        WaitingThreads.untilAsleepIn(waiters.threads(), ReentrantMutex.class, MutexThread.BOUND);
        IdleCpu.Measurement side = IdleCpu.measure(waiters.threads(), WINDOW);
        if (measureTheCost) {
            Thread first = waiters.threads().get(0);
            first.interrupt();
            IdleCpu.Measurement interrupted = IdleCpu.measure(List.of(first), WINDOW);
            context.measure("waiter CPU while waiting", side.mostMillis(), "ms");
            context.measure("interrupted waiter CPU while waiting", interrupted.mostMillis(), "ms");
            if (side.spins() || interrupted.spins()) {
                owner.begin(() -> unlocked(mutex));
                throw side.spins()
                        ? spinning(side, WAITERS + " threads waiting side by side", "lock() keeps running while it"
                                + " waits: it loops without wait(), or wakes the other waiters (notifyAll()) before it"
                                + " waits itself, so they wake each other for ever")
                        : spinning(interrupted, "a waiting thread interrupted", "the interrupt is restored inside the"
                                + " wait loop (Thread.currentThread().interrupt() in the catch), so every next wait()"
                                + " throws at once and the loop spins: remember the interrupt and restore it after the"
                                + " loop, once you hold the lock");
            }
        }
        // unlock() alone: nothing else the owner calls may be what wakes the waiters.
        WakeUps.WakeUp wake = WakeUps.afterChange(side, waiters.threads(), () -> owner.call("unlock()", () -> {
            mutex.unlock();
            return null;
        }));
        waiters.join(MutexThread.BOUND);
        if (wake.late()) {
            throw new CheckFailure(wake.lateFeedback("a waiting thread", "the owner unlocks")
                    .cause("unlock() wakes nobody: lock() sleeps for a while (wait(millis), sleep) and looks again"
                            + " (polling), so a freed mutex waits for the waiters' clock")
                    .revisit("waiting on a monitor: wait() without a time-out, and notifyAll() in unlock()"));
        }
        return !wake.period().isZero();
    }

    private static CheckFailure spinning(IdleCpu.Measurement cost, String who, String cause) {
        return new CheckFailure(cost.spinningFeedback(who + " in lock()")
                .cause(cause)
                .revisit("waiting on a monitor: while (the lock is taken) wait(); — wait() sleeps until notifyAll()"), true);
    }
}
