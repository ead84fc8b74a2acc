package course.grader.exercises.deadlock;

import static course.grader.exercises.deadlock.MutexIsReentrant.lockedOnce;
import static course.grader.exercises.deadlock.MutexIsReentrant.unlocked;

import course.deadlock.ReentrantMutex;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.WaitingThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An interrupt does not end lock(): a thread interrupted while it waits for a lock the owner holds
 * twice keeps waiting, the owner keeps both holds (and, locking once more, sees no interrupt of its
 * own) and gives them back normally, and the waiter
 * then gets the lock, once, and returns from lock() with its interrupt status set. A thread
 * interrupted before it calls lock() gets the lock with its interrupt still set, on a free mutex and
 * again when it locks once more as the owner. Of two threads waiting, one interrupted, only that
 * one returns interrupted.
 */
@CheckInfo(id = "interrupted-waiter-keeps-waiting", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "A thread interrupted in lock() keeps waiting, takes nothing from the owner, and returns interrupted")
public final class InterruptedWaiterKeepsWaiting implements CheckBody {

    /** How long the interrupted waiter is watched: a wrong lock() returns or throws within microseconds. */
    private static final Duration AFTER_INTERRUPT = Duration.ofMillis(300);
    private static final String INTERRUPTION = "interruption in a wait that must not end: catch InterruptedException,"
            + " remember it, keep waiting in the while loop, and call Thread.currentThread().interrupt() once you hold"
            + " the lock";

    /** Rounds of two waiters, one interrupted: half with the other waiting first, half with it waiting last. */
    private static final int TWO_WAITER_ROUNDS = 8;
    /** Time for the interrupted waiter to take its InterruptedException and wait again before it is watched. */
    private static final Duration BACK_TO_WAITING = Duration.ofMillis(20);

    /** How long the owner's calls may take while the waiter is interrupted: on an idle monitor they take microseconds. */
    private static final Duration OWNER_BOUND = Duration.ofSeconds(1);

    /** What the waiter saw once lock() returned. */
    private record Entered(boolean interrupted, int holds) {
    }

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (MutexThread owner = MutexThread.start("owner"); MutexThread waiter = MutexThread.start("waiter")) {
            owner.call("lock()", () -> lockedOnce(mutex));
            owner.call("lock()", () -> lockedOnce(mutex));
            Future<Entered> entered = waiter.begin(() -> {
                mutex.lock();
                return new Entered(Thread.currentThread().isInterrupted(), mutex.holdCount());
            });
            WaitingThreads.untilAsleepIn(List.of(waiter.thread()), ReentrantMutex.class, MutexThread.BOUND);
            if (entered.isDone()) {
                throw new CheckFailure(Feedback.expected("lock() to wait while another thread holds the lock")
                        .observed("it returned before any interrupt, while the owner held the lock twice")
                        .cause("lock() does not wait while another thread owns the lock: the test must compare the"
                                + " owner with Thread.currentThread()")
                        .revisit("mutual exclusion with a monitor: while (owner != null && owner != me) wait();"));
            }
            waiter.thread().interrupt();
            requireStillWaiting(entered);
            requireTheOwnerNotInterrupted(owner, waiter, mutex);
            int ownerHolds = ownerCall(owner, waiter, "holdCount()", mutex::holdCount);
            if (ownerHolds != 2) {
                throw new CheckFailure(Feedback.expected("the owner to keep its 2 holds while another thread was interrupted"
                                + " in lock()")
                        .observed("the owner's holdCount() was " + ownerHolds + " afterwards")
                        .cause("the interrupted thread changed the owner or the hold count on its way out of the wait")
                        .revisit(INTERRUPTION));
            }
            requireOwnerUnlocks(owner, waiter, mutex);
            requireOwnerUnlocks(owner, waiter, mutex);
            Entered seen = waiter.outcome("lock()", entered, MutexThread.BOUND);
            waiter.call("unlock()", () -> unlocked(mutex));
            if (!seen.interrupted() || seen.holds() != 1) {
                throw new CheckFailure(Feedback.expected("the interrupted thread to return from lock() holding the lock once,"
                                + " with its interrupt status set")
                        .observed("its holdCount() was " + seen.holds() + " and its interrupt status "
                                + (seen.interrupted() ? "set" : "cleared"))
                        .cause(seen.interrupted() ? "the hold count is not started afresh for the new owner"
                                : "lock() swallowed the interrupt: the caller can no longer see that it was asked to stop")
                        .revisit(INTERRUPTION));
            }
            requireAPendingInterruptKept(waiter, mutex);
        }
        for (int round = 0; round < TWO_WAITER_ROUNDS; round++) {
            requireTheInterruptStaysWithItsThread(round % 2 == 0);
        }
    }

    /**
     * The owner holds the lock; two threads wait for it and one of them is interrupted. Once the
     * owner lets go, each gets the lock in turn: the interrupted one returns with its interrupt
     * status set, the other with its own clear, whichever comes first. Which does is the mutex's
     * choice, so the rounds vary the order the two began to wait in: {@code otherWaitsFirst} starts
     * the other thread before the interrupt, otherwise after the interrupted one has gone back to
     * waiting. A mutex that hands its waiters over in the order they queued, or in the reverse, gives
     * the lock first to the thread that was not interrupted in one of the two.
     */
    private static void requireTheInterruptStaysWithItsThread(boolean otherWaitsFirst) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (MutexThread owner = MutexThread.start("owner"); MutexThread interrupted = MutexThread.start("waiter");
             MutexThread other = MutexThread.start("other-waiter")) {
            owner.call("lock()", () -> lockedOnce(mutex));
            Callable<Boolean> lockAndSeeTheStatus = () -> {
                mutex.lock();
                boolean status = Thread.interrupted();
                mutex.unlock();
                return status;
            };
            Future<Boolean> interruptedSaw = interrupted.begin(lockAndSeeTheStatus);
            WaitingThreads.untilAsleepIn(List.of(interrupted.thread()), ReentrantMutex.class, MutexThread.BOUND);
            Future<Boolean> otherSaw = otherWaitsFirst ? other.begin(lockAndSeeTheStatus) : null;
            if (otherWaitsFirst) {
                WaitingThreads.untilAsleepIn(List.of(other.thread()), ReentrantMutex.class, MutexThread.BOUND);
            }
            interrupted.thread().interrupt();
            Thread.sleep(BACK_TO_WAITING.toMillis());
            WaitingThreads.untilAsleepIn(List.of(interrupted.thread()), ReentrantMutex.class, MutexThread.BOUND);
            if (!otherWaitsFirst) {
                otherSaw = other.begin(lockAndSeeTheStatus);
                WaitingThreads.untilAsleepIn(List.of(other.thread()), ReentrantMutex.class, MutexThread.BOUND);
            }
            requireOwnerUnlocks(owner, interrupted, mutex);
            boolean interruptedKept = interrupted.outcome("lock()", interruptedSaw, MutexThread.BOUND);
            boolean otherHanded = other.outcome("lock()", otherSaw, MutexThread.BOUND);
            if (otherHanded || !interruptedKept) {
                throw new CheckFailure(Feedback.expected("of two threads waiting in lock(), the one interrupted to return"
                                + " with its interrupt status set, the other with its own clear")
                        .observed("the interrupted thread's status came back " + (interruptedKept ? "set" : "cleared")
                                + ", and the other thread's " + (otherHanded ? "set, though nobody interrupted it" : "clear"))
                        .cause(otherHanded ? "the interrupt is remembered in a field of the mutex, shared by every"
                                        + " thread, instead of a local variable of the waiting call: whichever thread gets"
                                        + " the lock next is handed it"
                                : "lock() swallowed the interrupt: the caller can no longer see that it was asked to stop")
                        .revisit(INTERRUPTION));
            }
        }
    }

    /**
     * The owner, never interrupted, locks a third time and unlocks once while the interrupted
     * waiter waits: the waiter's interrupt is the waiter's, so the owner's lock() must leave the
     * owner's own interrupt status clear.
     */
    private static void requireTheOwnerNotInterrupted(MutexThread owner, MutexThread waiter, ReentrantMutex mutex)
            throws Exception {
        boolean ownerInterrupted = ownerCall(owner, waiter, "lock() again", () -> {
            mutex.lock();
            boolean interrupted = Thread.interrupted();
            mutex.unlock();
            return interrupted;
        });
        if (ownerInterrupted) {
            throw new CheckFailure(Feedback.expected("only the interrupted thread to see an interrupt: the owner, never"
                            + " interrupted, locks once more while another thread waits, interrupted, in lock()")
                    .observed("the owner came back from its lock() with its interrupt status set")
                    .cause("the interrupt is remembered in a field of the mutex, shared by every thread, instead of a"
                            + " local variable of the waiting call: whichever thread locks next is handed it")
                    .revisit(INTERRUPTION));
        }
    }

    /** When a thread that called lock() with its interrupt status set found it cleared afterwards; null if never. */
    private record PendingInterrupt(String clearedBy) {
    }

    /**
     * A thread interrupted before it calls lock() gets the lock with its interrupt still set: on a
     * free mutex, and again when, now the owner, it locks once more (re-entry takes no wait, so a
     * lock() that takes the status on its way in and gives it back only after waiting loses it there).
     */
    private static void requireAPendingInterruptKept(MutexThread waiter, ReentrantMutex mutex) throws Exception {
        PendingInterrupt seen = waiter.call("lock() with an interrupt pending", () -> {
            Thread.currentThread().interrupt();
            mutex.lock();
            boolean keptOnAFreeMutex = Thread.currentThread().isInterrupted();
            Thread.currentThread().interrupt();
            mutex.lock();
            boolean keptOnReentry = Thread.interrupted();
            mutex.unlock();
            mutex.unlock();
            return new PendingInterrupt(!keptOnAFreeMutex ? "on a free mutex"
                    : keptOnReentry ? null : "when the owner locked again");
        });
        if (seen.clearedBy() != null) {
            throw new CheckFailure(Feedback.expected("a thread interrupted before it calls lock() to get the lock with its"
                            + " interrupt status still set: on a free mutex, and when it locks again as the owner")
                    .observed("lock() returned with the interrupt status cleared, " + seen.clearedBy())
                    .cause("lock() clears the interrupt (Thread.interrupted()) on its way in and gives it back only"
                            + " where it waited: an interrupt meant for the caller's own code is lost")
                    .revisit(INTERRUPTION));
        }
    }

    private static void requireStillWaiting(Future<Entered> entered) throws Exception {
        try {
            Entered seen = entered.get(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS);
            throw new CheckFailure(Feedback.expected("an interrupted thread to keep waiting in lock() while the owner holds"
                            + " the lock")
                    .observed("lock() returned " + (seen.holds() > 0 ? "holding the lock " + seen.holds() + " time(s)"
                            : "without the lock (holdCount() 0)") + " while the owner still held it")
                    .cause(seen.holds() > 0 ? "the InterruptedException ends the wait loop (or wait() is in an if, not a"
                            + " while loop) and the thread takes the lock anyway: two threads now hold it"
                            : "the InterruptedException makes lock() return: the caller goes on as if it held the lock")
                    .revisit(INTERRUPTION));
        } catch (TimeoutException stillWaiting) {
            return;
        } catch (ExecutionException threw) {
            throw new CheckFailure(Feedback.expected("an interrupted thread to keep waiting in lock(), which declares no"
                            + " exception")
                    .observed("lock() threw " + threw.getCause())
                    .cause("the InterruptedException is passed on (wrapped) instead of remembered: lock() does not"
                            + " end on an interrupt")
                    .revisit(INTERRUPTION));
        }
    }

    /**
     * A call by the owner once the waiter was interrupted. It must return at once; if meanwhile the
     * interrupted waiter is running rather than waiting, it spins inside the monitor and keeps the owner
     * out, and that is the cause.
     */
    private static <T> T ownerCall(MutexThread owner, MutexThread waiter, String what, Callable<T> call)
            throws Exception {
        try {
            return owner.outcome(what, owner.begin(call), OWNER_BOUND);
        } catch (CheckFailure stuck) {
            if (waiter.thread().getState() != Thread.State.RUNNABLE) {
                throw stuck;
            }
            throw new CheckFailure(Feedback.expected("the owner's " + what + " to return at once while another thread"
                            + " waits, interrupted, in lock()")
                    .observed("the owner could not get into the mutex for " + OWNER_BOUND.toSeconds() + " s: the"
                            + " interrupted thread runs inside it without pause")
                    .cause("the interrupt is restored inside the wait loop (Thread.currentThread().interrupt() in the"
                            + " catch), so every next wait() throws at once without giving the monitor up: the waiter"
                            + " spins holding it, and the owner can never unlock")
                    .revisit(INTERRUPTION), true);
        }
    }

    private static void requireOwnerUnlocks(MutexThread owner, MutexThread waiter, ReentrantMutex mutex) throws Exception {
        Throwable refused = ownerCall(owner, waiter, "unlock()", () -> {
            try {
                unlocked(mutex);
                return null;
            } catch (IllegalMonitorStateException thrown) {
                return thrown;
            }
        });
        if (refused != null) {
            throw new CheckFailure(Feedback.expected("the owner's unlock() to succeed after another thread was interrupted"
                            + " in lock()")
                    .observed("it threw " + refused)
                    .cause("the interrupted thread made itself the owner when its wait ended")
                    .revisit(INTERRUPTION));
        }
    }
}
