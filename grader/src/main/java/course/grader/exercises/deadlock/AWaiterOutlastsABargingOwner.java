package course.grader.exercises.deadlock;

import course.deadlock.ReentrantMutex;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadDiagnosis;
import course.grader.harness.WaitingThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every unlock() to zero wakes the threads still waiting, however often they were woken before: a
 * thread waits in lock() while the owner unlocks and at once locks again (it barges in before the
 * woken waiter has the monitor back: the check holds the mutex's monitor across the two calls),
 * then unlocks for good; the waiter must then get the lock.
 * Code that counts waiters to skip a needless notifyAll(), and counts a waiter once on arrival but
 * off again at each wake-up, has lost the waiter that went back to waiting: the last unlock() sees
 * nobody waiting and wakes nobody.
 */
@CheckInfo(id = "a-waiter-outlasts-a-barging-owner", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "A waiter woken while the owner takes the lock straight back still gets it at the next unlock()")
public final class AWaiterOutlastsABargingOwner implements CheckBody {

    /** Rounds of the barging owner: in most, the owner has the monitor back before the woken waiter does. */
    private static final int ROUNDS = 20;
    /** How long the waiter may take to get a free lock: microseconds on a correct mutex. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (MutexThread owner = MutexThread.start("owner"); MutexThread waiter = MutexThread.start("waiter")) {
            for (int round = 1; round <= ROUNDS; round++) {
                int held = owner.call("lock()", () -> MutexIsReentrant.lockedOnce(mutex));
                Future<Integer> entered = waiter.begin(() -> MutexIsReentrant.lockedOnce(mutex));
                WaitingThreads.untilAsleepIn(List.of(waiter.thread()), ReentrantMutex.class, MutexThread.BOUND);
                if (held != 1 || entered.isDone()) {
                    // This check is about waking a waiter; a mutex that lets it in at once is mutex-excludes's to explain.
                    throw new CheckFailure(Feedback.expected("a thread's lock() to wait while another thread holds the"
                                    + " mutex (holdCount() 1)")
                            .observed("the owner's holdCount() was " + held + (entered.isDone()
                                    ? ", and the second thread's lock() returned at once" : ""))
                            .cause("lock() does not make the caller the owner, or does not wait while another thread"
                                    + " is the owner")
                            .revisit("an owner and a hold count under the monitor; while another thread owns the mutex,"
                                    + " wait()"), true);
                }
                Future<Integer> barging = owner.begin(() -> {
                    // Holding the mutex's monitor, the owner is sure to lock again before the woken waiter
                    // can look; a mutex that waits on a monitor of its own leaves that to chance, and the
                    // waiter may win the lock, the owner's lock() then waiting for it.
                    synchronized (mutex) {
                        mutex.unlock();
                        mutex.lock();
                    }
                    return MutexIsReentrant.unlocked(mutex);
                });
                try {
                    entered.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stuck) {
                    throw new CheckFailure(Feedback.expected("a thread waiting in lock() to get the lock once the owner"
                                    + " has unlocked, locked again at once and unlocked for good")
                            .observed("in round " + round + " it was still waiting " + BOUND.toSeconds()
                                    + " s later, the mutex free: "
                                    + ThreadDiagnosis.describe(List.of(waiter.thread())).text())
                            .cause("the waiter was woken by the first unlock(), found the lock taken again and went"
                                    + " back to waiting, and the last unlock() did not wake it: the decision to notify"
                                    + " (a count of waiters, a flag) had already counted it as gone")
                            .revisit("at zero, always notifyAll(): a waiter that lost the race waits again and must be"
                                    + " woken again; a while loop around wait() makes extra wake-ups harmless"), true);
                }
                waiter.call("unlock()", () -> MutexIsReentrant.unlocked(mutex));
                owner.outcome("unlock(), lock() and unlock()", barging, MutexThread.BOUND);
            }
        }
    }
}
