package course.grader.exercises.deadlock;

import course.deadlock.ReentrantMutex;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The owner may lock again, and the lock stays held until every lock is matched by an unlock;
 * holdCount() answers for the calling thread. The owner locks twice: another thread's holdCount()
 * is 0 and its lock() waits; after one unlock it still waits; after the second it gets in, and its
 * holdCount() is 1. Each call runs in the thread it is about ({@link MutexThread}). And each mutex is
 * its own: while the owner holds one, another thread locks a second mutex at once.
 */
@CheckInfo(id = "mutex-is-reentrant", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "The owner may lock twice; others wait until its second unlock; holdCount() counts the caller's holds;"
                + " another mutex stays free")
public final class MutexIsReentrant implements CheckBody {

    /** How long another thread is given to get in when it must not: a wrong mutex lets it in within microseconds. */
    private static final Duration MUST_STILL_WAIT = Duration.ofMillis(200);
    /** More holds than a short or a char can count. */
    private static final int MANY_HOLDS = 70_000;
    private static final String REENTRANCY = "reentrancy: an owner and a hold count; the lock is free at zero";

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (MutexThread owner = MutexThread.start("owner"); MutexThread other = MutexThread.start("other")) {
            owner.call("lock()", () -> lockedOnce(mutex));
            requireAnotherMutexFree(other);
            requireSecondLock(owner, mutex);
            requireHolds(owner, mutex, 2, "after the owner locked twice",
                    "the hold count is not counted up when the owner locks again");
            requireHolds(other, mutex, 0, "for a thread that does not hold the lock, asked while the owner holds it",
                    "holdCount() answers with the owner's count whichever thread asks: it must compare the owner"
                            + " with Thread.currentThread()");
            Future<Integer> otherLocks = other.begin(() -> lockedOnce(mutex));
            try {
                requireStillWaiting(otherLocks, "twice", "lock() lets a thread that is not the owner in while the"
                        + " lock is held: the re-entry test must compare the owner with Thread.currentThread(), not"
                        + " just look whether the lock is taken");
                owner.call("unlock()", () -> unlocked(mutex));
                requireStillWaiting(otherLocks, "once, after the first of its two unlocks", "unlock() frees the lock"
                        + " at once instead of counting the holds down to zero");
            } finally {
                owner.call("unlock()", () -> unlocked(mutex));
            }
            int holds = otherGetsIn(other, otherLocks);
            if (holds != 1) {
                throw new CheckFailure(Feedback.expected("holdCount() to be 1 for a thread that has just locked once")
                        .observed("it was " + holds)
                        .cause("the hold count is not started afresh for the new owner")
                        .revisit(REENTRANCY));
            }
            other.call("unlock()", () -> unlocked(mutex));
            requireManyHolds(owner, mutex);
        }
    }

    /** The owner locks {@value #MANY_HOLDS} times: the count holds them all, and as many unlocks free the lock. */
    private static void requireManyHolds(MutexThread owner, ReentrantMutex mutex) throws Exception {
        int counted = owner.call(MANY_HOLDS + " lock() calls", () -> {
            for (int hold = 0; hold < MANY_HOLDS; hold++) {
                mutex.lock();
            }
            return mutex.holdCount();
        });
        int left = owner.call(MANY_HOLDS + " unlock() calls", () -> {
            for (int hold = 0; hold < MANY_HOLDS && mutex.holdCount() > 0; hold++) {
                mutex.unlock();
            }
            return mutex.holdCount();
        });
        if (counted != MANY_HOLDS || left != 0) {
            throw new CheckFailure(Feedback.expected("holdCount() to be " + MANY_HOLDS + " after the owner locked "
                            + MANY_HOLDS + " times, and 0 after as many unlocks")
                    .observed("it was " + counted + " after the locks"
                            + (left != 0 ? " and " + left + " after the unlocks" : ""))
                    .cause("the hold count is kept in a type too small for it: a short or a char wraps round at"
                            + " 32 767 or 65 535 holds, and the lock is then freed while its owner still holds it")
                    .revisit("count holds in an int, as ReentrantLock does"));
        }
    }

    /** While the owner holds one mutex, another thread locks and unlocks a second one at once: each mutex is its own. */
    private static void requireAnotherMutexFree(MutexThread other) throws Exception {
        ReentrantMutex another = new ReentrantMutex();
        int holds;
        try {
            holds = other.call("lock() of a second mutex", () -> lockedOnce(another));
        } catch (CheckFailure stuck) {
            throw new CheckFailure(Feedback.expected("a thread to lock a second, free mutex at once while another thread"
                            + " holds the first")
                    .observed("its lock() of the second mutex was still waiting after " + MutexThread.BOUND.toSeconds()
                            + " s")
                    .cause("the owner and the hold count are shared by every mutex (static fields), so one mutex"
                            + " held makes every other one wait")
                    .revisit("the state of a lock belongs to that lock: instance fields, guarded by its own monitor"),
                    true);
        }
        other.call("unlock() of the second mutex", () -> unlocked(another));
        if (holds != 1) {
            throw new CheckFailure(Feedback.expected("holdCount() to be 1 for a thread that has just locked a second,"
                            + " free mutex once")
                    .observed("it was " + holds + " while another thread held the first mutex")
                    .cause("the hold count is shared by every mutex (a static field)")
                    .revisit("the state of a lock belongs to that lock: instance fields, guarded by its own monitor"));
        }
    }

    private static void requireSecondLock(MutexThread owner, ReentrantMutex mutex) throws Exception {
        try {
            owner.call("a second lock() by the owner", () -> lockedOnce(mutex));
        } catch (CheckFailure stuck) {
            throw new CheckFailure(Feedback.expected("a thread that holds the lock to lock it again at once")
                    .observed("the owner was still inside its second lock() after " + MutexThread.BOUND.toSeconds() + " s")
                    .cause("lock() waits while anyone owns the lock, even the calling thread: it waits for itself")
                    .revisit(REENTRANCY), true);
        }
    }

    static void requireHolds(MutexThread caller, ReentrantMutex mutex, int expected, String when, String cause)
            throws Exception {
        int holds = caller.call("holdCount()", mutex::holdCount);
        if (holds != expected) {
            throw new CheckFailure(Feedback.expected("holdCount() to be " + expected + " " + when)
                    .observed("it was " + holds)
                    .cause(cause)
                    .revisit(REENTRANCY));
        }
    }

    private static void requireStillWaiting(Future<Integer> otherLocks, String ownerHolds, String cause)
            throws Exception {
        try {
            otherLocks.get(MUST_STILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillWaiting) {
            return;
        }
        throw new CheckFailure(Feedback.expected("another thread's lock() to wait while the owner holds the lock "
                        + ownerHolds)
                .observed("it returned at once")
                .cause(cause)
                .revisit(REENTRANCY));
    }

    private static int otherGetsIn(MutexThread other, Future<Integer> otherLocks) throws Exception {
        try {
            return other.outcome("lock()", otherLocks, MutexThread.BOUND);
        } catch (CheckFailure stuck) {
            throw new CheckFailure(Feedback.expected("the waiting thread to get the lock once the owner unlocked twice")
                    .observed("it was still waiting " + MutexThread.BOUND.toSeconds() + " s later")
                    .cause("the last unlock does not clear the owner, or does not wake the waiting threads")
                    .revisit("at a hold count of zero: owner = null, then notifyAll()"), true);
        }
    }

    /** Locks once in the calling thread and returns its hold count then. */
    static int lockedOnce(ReentrantMutex mutex) {
        mutex.lock();
        return mutex.holdCount();
    }

    /** Unlocks once in the calling thread and returns its hold count then. */
    static int unlocked(ReentrantMutex mutex) {
        mutex.unlock();
        return mutex.holdCount();
    }
}
