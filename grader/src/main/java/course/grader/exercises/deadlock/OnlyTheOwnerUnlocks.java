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

/** unlock() by a thread that does not hold the lock throws IllegalMonitorStateException and changes nothing. */
@CheckInfo(id = "only-the-owner-unlocks", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "unlock() by a thread that does not hold the lock throws IllegalMonitorStateException")
public final class OnlyTheOwnerUnlocks implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        requireRefused(mutex, "a thread unlocking a lock nobody holds");

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        ThreadGang owner = ThreadGang.start("owner", 1, index -> {
            mutex.lock();
            held.countDown();
            checked.await(10, TimeUnit.SECONDS);
            mutex.unlock();
        });
        owner.await(held, BOUND);
        try {
            requireRefused(mutex, "a thread unlocking a lock another thread holds");
        } finally {
            checked.countDown();
        }
        owner.join(BOUND);
    }

    private static void requireRefused(ReentrantMutex mutex, String scenario) throws Exception {
        Throwable thrown = ThreadGang.exceptionFrom("intruder", index -> mutex.unlock(), BOUND);
        if (!(thrown instanceof IllegalMonitorStateException)) {
            throw new CheckFailure(Feedback.expected(scenario + " to get IllegalMonitorStateException")
                    .observed(thrown == null ? "unlock() returned normally" : "it threw " + thrown)
                    .cause("unlock() does not check that the calling thread is the owner, so any thread can free"
                            + " a lock someone else is using")
                    .revisit("ownership: only the thread that locked may unlock"));
        }
    }
}
