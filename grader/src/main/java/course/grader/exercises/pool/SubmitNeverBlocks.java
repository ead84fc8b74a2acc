package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool's only worker is busy with a task the check holds; meanwhile one thread submits
 * {@value #SUBMITS} more. submit "queues a task and returns its future at once": none of the
 * submits may wait for the busy worker.
 */
@CheckInfo(id = "submit-never-blocks", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "submit returns at once, however many tasks wait: " + SubmitNeverBlocks.SUBMITS + " submits while the"
                + " only worker is busy")
public final class SubmitNeverBlocks implements CheckBody {

    static final int SUBMITS = 2_000;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(1);
        WorkerPool pool = log.pool();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        try {
            log.submit("a task that holds the only worker", () -> release.await(TaskLog.HELD_AT_MOST.toNanos(), TimeUnit.NANOSECONDS));
            log.call("submitter", index -> {
                for (int task = 0; task < SUBMITS; task++) {
                    pool.submit(Neutral.callable(() -> null));
                    accepted.incrementAndGet();
                }
            });
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(SUBMITS + " calls of submit to return at once while the only worker"
                            + " is busy")
                    .observed("submit had returned " + accepted.get() + " times and then waited: " + stuck.diagnosis())
                    .cause("the queue is bounded (an ArrayBlockingQueue, a capacity, put()): once it is full, submit"
                            + " waits for the workers — and while it waits under the pool's lock, close() waits too")
                    .revisit("an unbounded queue (LinkedBlockingQueue) and add() or offer(): submit queues and returns"),
                    true);
        } finally {
            release.countDown();
            closeLeavingTheVerdictToSubmit(pool);
        }
    }

    /**
     * Closes the pool after the submits; what close() throws is for the checks about closing. A pool
     * whose bounded queue is still full throws from close() ("Queue full" when it adds its stop
     * signals), and that must not replace this check's finding about submit.
     */
    private static void closeLeavingTheVerdictToSubmit(WorkerPool pool) {
        try {
            pool.close();
        } catch (RuntimeException judgedElsewhere) {
            // every-call-before-and-after-close and the join checks judge close().
        }
    }
}
