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
import course.grader.harness.ThreadRoles;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import java.time.Duration;

/**
 * Under contention the mutex lets one thread in at a time, reentrant holds included. The gauge
 * counts the threads between the return of their outer {@code lock()} and their outer
 * {@code unlock()}: the holders of the lock. A second holder is the failure, whatever it causes
 * next (a refused unlock, threads left waiting for good). All the lockers share one name, drawn as
 * a program's thread's is ({@link course.grader.harness.ThreadRoles}), as the threads of two pools
 * or a pool's virtual threads may: the owner of a lock is a thread, not a thread's name.
 */
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
        String sharedName = ThreadRoles.aProgramsThreadName();
        ThreadGang lockers = ThreadGang.start("locker", THREADS, index -> {
            Thread.currentThread().setName(sharedName);
            for (int round = 0; round < ROUNDS; round++) {
                mutex.lock();
                inside.enter();
                try {
                    mutex.lock();
                    try {
                        counter++;
                    } finally {
                        mutex.unlock();
                    }
                    Jitter.pause();
                    counter++;
                } finally {
                    inside.exit();
                    mutex.unlock();
                }
            }
        });
        long expected = 2L * THREADS * ROUNDS;
        try {
            lockers.joinSelfContained(Duration.ofSeconds(30));
        } catch (ThreadsStuckException | WorkerFailedException ended) {
            if (inside.most() <= 1) {
                throw ended;
            }
            throw new CheckFailure(exclusionFailure(expected, inside.most() + " threads inside at once, and then "
                    + ended.getMessage()), ended instanceof ThreadsStuckException);
        }
        if (inside.most() > 1 || counter != expected) {
            throw new CheckFailure(exclusionFailure(expected, inside.most() + " threads inside at once; a count of "
                    + counter));
        }
    }

    /** Two threads held the lock at once: what the student is told, whatever happened next. */
    private static Feedback exclusionFailure(long expected, String observed) {
        return Feedback.expected("1 thread at a time inside the mutex and a count of " + expected)
                .observed(observed)
                .cause("the lock is handed to a second thread while the first still holds it — the owner check"
                        + " or the hold count is wrong (the owner is the Thread itself: these threads share one name,"
                        + " so a lock that knows its owner by name lets them all in), or wait() is not"
                        + " in a while loop, so a woken thread does not look again whether the lock is free")
                .revisit("mutual exclusion with a monitor: while (owner != null && owner != me) wait();");
    }
}
