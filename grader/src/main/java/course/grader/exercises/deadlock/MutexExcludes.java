package course.grader.exercises.deadlock;

import course.deadlock.ReentrantMutex;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Jitter;
import course.grader.harness.ThreadGang;
import java.time.Duration;

/** Under contention the mutex lets one thread in at a time, reentrant holds included. */
@CheckInfo(id = "mutex-excludes", kind = CheckKind.STRESS, points = 2,
        title = "8 threads × 5 000 nested lock/unlock pairs: never two inside, no update lost", timeLimitSeconds = 40)
public final class MutexExcludes implements CheckBody {

    private static final int THREADS = 8;
    private static final int ROUNDS = 5_000;

    private long counter;

    @Override
    public void run(CheckContext context) throws Exception {
        ReentrantMutex mutex = new ReentrantMutex();
        ConcurrencyGauge inside = new ConcurrencyGauge();
        ThreadGang.start("locker", THREADS, index -> {
            for (int round = 0; round < ROUNDS; round++) {
                mutex.lock();
                try {
                    mutex.lock();
                    try {
                        inside.enter();
                        counter++;
                        inside.exit();
                    } finally {
                        mutex.unlock();
                    }
                    Jitter.pause();
                    inside.enter();
                    counter++;
                    inside.exit();
                } finally {
                    mutex.unlock();
                }
            }
        }).joinSelfContained(Duration.ofSeconds(30));
        long expected = 2L * THREADS * ROUNDS;
        if (inside.most() > 1 || counter != expected) {
            throw new CheckFailure(Feedback.expected("1 thread at a time inside the mutex and a count of " + expected)
                    .observed(inside.most() + " threads inside at once; a count of " + counter)
                    .cause("the lock is handed to a second thread while the first still holds it — the owner check"
                            + " or the hold count is wrong, or wait() is not in a while loop")
                    .revisit("mutual exclusion with a monitor: while (owner != null && owner != me) wait();"));
        }
    }
}
