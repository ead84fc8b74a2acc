package course.grader.exercises.deadlock;

import course.deadlock.ReentrantMutex;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The owner may lock again, and the lock stays held until every lock is matched by an unlock:
 * locked twice and unlocked once, another thread must still wait; unlocked again, it gets in.
 */
@CheckInfo(id = "mutex-is-reentrant", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "The owner may lock twice; the lock is free only after the second unlock")
public final class MutexIsReentrant implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        AtomicInteger holdsAfterTwoLocks = new AtomicInteger(-1);
        CountDownLatch unlockedOnce = new CountDownLatch(1);
        CountDownLatch mayUnlockAgain = new CountDownLatch(1);
        ThreadGang owner = ThreadGang.start("owner", 1, index -> {
            mutex.lock();
            mutex.lock();
            holdsAfterTwoLocks.set(mutex.holdCount());
            mutex.unlock();
            unlockedOnce.countDown();
            mayUnlockAgain.await(10, TimeUnit.SECONDS);
            mutex.unlock();
        });
        if (!owner.await(unlockedOnce, Duration.ofSeconds(3))) {
            owner.join(Duration.ZERO);
            throw new CheckFailure(expect("a thread that holds the lock to lock it again at once")
                    .observed("the owner was still inside lock()/unlock() after 3 s")
                    .cause("lock() waits while anyone owns the lock, even the calling thread: it waits for itself")
                    .revisit(REENTRANCY), true);
        }
        if (holdsAfterTwoLocks.get() != 2) {
            throw new CheckFailure(expect("holdCount() to be 2 after the owner locked twice")
                    .observed("it was " + holdsAfterTwoLocks.get())
                    .cause("the hold count is not counted up when the owner locks again")
                    .revisit(REENTRANCY));
        }
        CountDownLatch otherGotIn = new CountDownLatch(1);
        ThreadGang other = ThreadGang.start("other", 1, index -> {
            mutex.lock();
            otherGotIn.countDown();
            mutex.unlock();
        });
        boolean early = otherGotIn.await(300, TimeUnit.MILLISECONDS);
        mayUnlockAgain.countDown();
        if (early) {
            throw new CheckFailure(expect("another thread to wait while the owner still holds the lock once")
                    .observed("it got the lock after the owner's first of two unlocks")
                    .cause("unlock() frees the lock at once instead of counting the holds down to zero")
                    .revisit(REENTRANCY));
        }
        if (!other.await(otherGotIn, Duration.ofSeconds(3))) {
            throw new CheckFailure(expect("the waiting thread to get the lock once the owner unlocked twice")
                    .observed("it was still waiting 3 s later")
                    .cause("the last unlock does not clear the owner, or does not wake the waiting threads")
                    .revisit("at a hold count of zero: owner = null, then notifyAll()"), true);
        }
        owner.join(Duration.ofSeconds(3));
        other.join(Duration.ofSeconds(3));
    }

    private static final String REENTRANCY = "reentrancy: an owner and a hold count; the lock is free at zero";

    private static Feedback.Builder expect(String expected) {
        return Feedback.expected(expected);
    }
}
