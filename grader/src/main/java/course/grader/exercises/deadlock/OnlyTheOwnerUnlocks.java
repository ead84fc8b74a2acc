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

/**
 * unlock() by a thread that does not hold the lock throws IllegalMonitorStateException and changes
 * nothing, whoever that thread is: any thread on a free lock, another thread while the owner holds
 * it once or twice, and the former owner once it has unlocked as often as it locked. After each
 * refusal the owner still holds what it held, and the lock still works.
 */
@CheckInfo(id = "only-the-owner-unlocks", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "unlock() by a thread that does not hold the lock (never did, or no more) is refused and changes nothing")
public final class OnlyTheOwnerUnlocks implements CheckBody {

    private static final String NO_OWNER_CHECK = "unlock() does not check that the calling thread is the owner, so"
            + " a thread can free a lock that it does not hold";
    private static final String OWNERSHIP = "ownership: only the thread that holds the lock may unlock it, and only as"
            + " often as it locked it";

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        try (MutexThread owner = MutexThread.start("owner"); MutexThread intruder = MutexThread.start("intruder")) {
            requireRefused(intruder, mutex, "a thread unlocking a lock nobody holds", NO_OWNER_CHECK);
            for (int holds = 1; holds <= 2; holds++) {
                owner.call("lock()", () -> lockedOnce(mutex));
                MutexIsReentrant.requireHolds(owner, mutex, holds, "for the owner after it locked " + times(holds),
                        "the hold count is not counted up when the owner locks again");
                requireRefused(intruder, mutex, "a thread unlocking a lock another thread holds " + times(holds),
                        holds > 1 ? "unlock() does not check that the calling thread is the owner before it counts"
                                + " down (checking only when the count reaches zero is too late: the count is already"
                                + " wrong)" : NO_OWNER_CHECK);
                requireOwnerStillHolds(owner, mutex, holds);
            }
            owner.call("unlock()", () -> unlocked(mutex));
            owner.call("unlock()", () -> unlocked(mutex));
            requireRefused(owner, mutex, "the former owner unlocking once more than it locked", "unlock() counts"
                    + " below zero, or the last unlock does not give the lock up (owner = null), so a thread that"
                    + " no longer holds the lock still counts as its owner");
            int holds = intruder.call("lock()", () -> lockedOnce(mutex));
            intruder.call("unlock()", () -> unlocked(mutex));
            if (holds != 1) {
                throw new CheckFailure(Feedback.expected("a thread locking the free lock after those refusals to hold"
                                + " it once")
                        .observed("its holdCount() was " + holds)
                        .cause("a refused unlock changed the hold count")
                        .revisit(OWNERSHIP));
            }
        }
    }

    private static void requireRefused(MutexThread caller, ReentrantMutex mutex, String scenario, String cause)
            throws Exception {
        Throwable thrown = caller.thrownBy("unlock()", () -> unlocked(mutex));
        if (!(thrown instanceof IllegalMonitorStateException)) {
            throw new CheckFailure(Feedback.expected(scenario + " to get IllegalMonitorStateException")
                    .observed(thrown == null ? "unlock() returned normally" : "it threw " + thrown)
                    .cause(cause)
                    .revisit(OWNERSHIP));
        }
    }

    private static void requireOwnerStillHolds(MutexThread owner, ReentrantMutex mutex, int expected) throws Exception {
        int holds = owner.call("holdCount()", mutex::holdCount);
        if (holds != expected) {
            throw new CheckFailure(Feedback.expected("the owner to hold the lock " + times(expected)
                            + " still, after another thread's unlock() was refused")
                    .observed("the owner's holdCount() was " + holds)
                    .cause("the refused unlock() counted down before it checked the owner: a refusal must change"
                            + " nothing")
                    .revisit(OWNERSHIP));
        }
    }

    private static String times(int holds) {
        return holds == 1 ? "once" : holds + " times";
    }
}
