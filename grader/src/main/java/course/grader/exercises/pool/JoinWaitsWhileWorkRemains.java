package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntSupplier;

/**
 * A pool of 2 runs two long tasks that the check holds, with 4 short ones queued behind them; the
 * pool is closed and two threads call join(). They must stay in join() while both long tasks run
 * and the queue is full, then while one long task still runs after the queue has emptied; and both
 * must return once the last task is done. Each hold lasts while a joiner could still be on a clock,
 * up to 3 s: a join that gives up after a fixed time sleeps with a time-out and is held until it
 * does; one that waits for the work without a time-out costs the hold a fraction of a second.
 */
@CheckInfo(id = "join-waits-while-work-remains", kind = CheckKind.FUNCTIONAL, points = 3, requires = "never-more-than-n-at-once",
        title = "Two threads in join() stay while tasks run or wait, and both return once the last task is done")
public final class JoinWaitsWhileWorkRemains implements CheckBody {

    /** Two workers, each running one of the long tasks the check holds. */
    private static final int WORKERS = 2;
    private static final int QUEUED = 4;
    /** How often the check looks whether the pool got where it should. */
    private static final long LOOK_EVERY_MILLIS = 5;
    private static final int JOINERS = 2;
    /** The longest a hold lasts, for a joiner that keeps sleeping with a time-out. */
    private static final Duration HELD_AT_MOST = Duration.ofSeconds(3);
    /** A joiner back this soon after the queue emptied returned because it did. */
    private static final long AT_ONCE_MILLIS = 200;
    /** For a joiner seen ended to have recorded when it returned. */
    private static final Duration RETURNING = Duration.ofSeconds(1);
    private static final long TASK_PATIENCE_SECONDS = 30;

    private final CountDownLatch first = new CountDownLatch(1);
    private final CountDownLatch second = new CountDownLatch(1);
    private final AtomicLongArray returnedAt = new AtomicLongArray(JOINERS);
    private long joinCalled;
    private long queueEmptied;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        try {
            log.submit("the first long task", () -> first.await(TASK_PATIENCE_SECONDS, TimeUnit.SECONDS));
            log.submit("the second long task", () -> second.await(TASK_PATIENCE_SECONDS, TimeUnit.SECONDS));
            for (int task = 0; task < QUEUED; task++) {
                log.submit("short task " + task, () -> null);
            }
            pool.close();
            until(log, log::started, 2, "both long tasks to start on a pool of 2");
            joinCalled = System.nanoTime();
            ThreadGang joiners = ThreadGang.start("joiner", JOINERS, joiner -> {
                pool.join();
                returnedAt.set(joiner, System.nanoTime());
            });
            hold(joiners, "both long tasks were running and " + QUEUED + " tasks were queued", false);
            second.countDown();
            until(log, log::ended, 1 + QUEUED, "the second long task and the " + QUEUED + " short ones to end");
            queueEmptied = System.nanoTime();
            hold(joiners, "the queue was empty but the first long task was still running", true);
            first.countDown();
            allReturn(log, joiners);
        } finally {
            first.countDown();
            second.countDown();
        }
    }

    /** Waits, for as long as the pool moves, until {@code tasks} (started or ended ones) reach {@code count}. */
    private static void until(TaskLog log, IntSupplier tasks, int count, String what) throws Exception {
        while (tasks.getAsInt() < count) {
            if (log.stalled()) {
                throw new CheckFailure(Feedback.expected(what)
                        .observed(log.started() + " tasks had started and " + log.ended() + " ended when the pool had"
                                + " been still for " + TaskLog.STALL.toSeconds() + " s")
                        .cause("the workers do not take the queued tasks one after the other")
                        .revisit("n workers, each looping take-run-take"));
            }
            Thread.sleep(LOOK_EVERY_MILLIS);
        }
    }

    /**
     * Keeps the pool as it is while a joiner could still be on a clock (see
     * {@link WaitingThreads#whileAnyIsOnAClock}), and fails if a joiner has left join() meanwhile.
     */
    private void hold(ThreadGang joiners, String state, boolean queueEmpty) throws Exception {
        WaitingThreads.whileAnyIsOnAClock(joiners::threads, HELD_AT_MOST);
        for (int joiner = 0; joiner < JOINERS; joiner++) {
            if (!joiners.threads().get(joiner).isAlive()) {
                throw returned(joiners, joiner, state, queueEmpty);
            }
        }
    }

    /** The failure for a joiner that left join() while {@code state}; a join() that threw comes out as it threw. */
    private CheckFailure returned(ThreadGang joiners, int joiner, String state, boolean queueEmpty) throws Exception {
        if (returnedAt.get(joiner) == 0) {
            joiners.join(RETURNING);
        }
        long after = TimeUnit.NANOSECONDS.toMillis(returnedAt.get(joiner) - joinCalled);
        long afterEmpty = TimeUnit.NANOSECONDS.toMillis(returnedAt.get(joiner) - queueEmptied);
        String cause;
        if (!queueEmpty && after < AT_ONCE_MILLIS) {
            cause = "join() does not wait for the work: it returns while tasks are still running and queued";
        } else if (queueEmpty && afterEmpty < AT_ONCE_MILLIS) {
            cause = "join() returned as soon as the queue was empty, but a task a worker has taken from the queue is"
                    + " still running: an empty queue does not mean the work is done";
        } else {
            cause = "join() gives up after a fixed time (a timed join, await or sleep), whether or not the work is done";
        }
        return new CheckFailure(Feedback.expected("join() to return only once every task has run and every worker has"
                        + " ended")
                .observed("a thread in join() returned after " + after + " ms, while " + state)
                .cause(cause)
                .revisit("join() waits, without a time limit, for each worker thread to end (Thread.join()); the"
                        + " workers end only after the queue is done"));
    }

    /** Once the last task is released, both joiners return. */
    private void allReturn(TaskLog log, ThreadGang joiners) throws Exception {
        try {
            log.await(joiners);
        } catch (ThreadsStuckException stuck) {
            long back = joiners.threads().stream().filter(thread -> !thread.isAlive()).count();
            throw new CheckFailure(Feedback.expected("both threads in join() to return once the last task had run")
                    .observed(back + " of " + JOINERS + " returned; " + stuck.diagnosis())
                    .cause(back > 0
                            ? "the end of the work wakes only one waiting joiner: signal() or notify() where every"
                                    + " joiner waits"
                            : "join() waits for something the end of the work never brings")
                    .revisit("signalAll()/notifyAll() when a state change concerns every waiter, or Thread.join()"
                            + " on each worker"), true);
        }
    }
}
