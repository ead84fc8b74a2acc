package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pool's only worker is busy with a task the check holds; meanwhile one thread submits
 * {@value #SUBMITS} more. submit "queues a task and returns its future at once": none of the
 * submits may wait for the busy worker. Then a caller whose interrupt status is set submits one more:
 * it is queued like the others, and the caller keeps its status.
 */
@CheckInfo(id = "submit-never-blocks", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "submit returns at once, however many tasks wait: " + SubmitNeverBlocks.SUBMITS + " submits while the"
                + " only worker is busy; an interrupted caller's submit too")
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
            anInterruptedCallerIsServed(log, pool);
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
     * submit declares no InterruptedException, and an open pool refuses nothing: a caller whose
     * interrupt status is set has its task queued like any other, and keeps the status.
     */
    private static void anInterruptedCallerIsServed(TaskLog log, WorkerPool pool) throws Exception {
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        AtomicBoolean keptTheStatus = new AtomicBoolean();
        log.call("interrupted-submitter", index -> {
            Thread.currentThread().interrupt();
            try {
                pool.submit(Neutral.callable(() -> null));
            } catch (RuntimeException refusal) {
                refused.set(refusal);
            }
            keptTheStatus.set(Thread.interrupted());
        });
        if (refused.get() != null || !keptTheStatus.get()) {
            throw new CheckFailure(Feedback.expected("submit by a thread whose interrupt status is set to queue the task"
                            + " at once, as for any caller, and to leave the status set")
                    .observed(refused.get() != null ? "submit threw " + StudentCode.describe(refused.get())
                            : "submit returned, with the caller's interrupt status cleared")
                    .cause(refused.get() != null ? "submit queues with a call that ends on an interrupt (put(),"
                            + " lockInterruptibly()) and turns the InterruptedException into a refusal; the pool is open"
                            : "submit clears the interrupt (Thread.interrupted()) that was meant for the caller's own code")
                    .revisit("queue with add() or offer() on an unbounded queue, under lock(): nothing in submit waits,"
                            + " so nothing in it ends on an interrupt"));
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
