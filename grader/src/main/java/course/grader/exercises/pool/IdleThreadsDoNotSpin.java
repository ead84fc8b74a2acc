package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.IdleCpu;
import course.grader.harness.ThreadGang;
import course.grader.harness.WakeUps;
import course.grader.harness.WaitingThreads;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two workers with nothing to do, then a thread in join() while the last task runs, are each
 * measured for half a second against a thread blocked in the JDK's CountDownLatch over the same
 * half second, plus a tenth of it: a worker that polls an empty queue, or a join() that loops until
 * the workers are gone, uses most of the wall time.
 */
@CheckInfo(id = "idle-threads-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 2, requires = "never-more-than-n-at-once",
        title = "Idle workers, and a thread waiting in join(), use no more CPU than a thread blocked in a CountDownLatch")
public final class IdleThreadsDoNotSpin implements CheckBody {

    private static final Duration WINDOW = Duration.ofMillis(500);
    private static final int WORKERS = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        idleWorkers(context);
        waitingJoiner(context);
    }

    /** The workers, known by the two tasks they ran at once, wait for work on an empty queue. */
    private static void idleWorkers(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        try {
            log.meet(WORKERS, "a task that meets the other");
            List<Thread> workers = log.runners();
            WaitingThreads.untilAsleepIn(workers, WorkerPool.class, WaitingThreads.FALLING_ASLEEP);
            IdleCpu.Measurement cost = IdleCpu.measure(workers, WINDOW);
            context.measure("idle worker CPU", cost.mostMillis(), "ms");
            if (cost.spins()) {
                throw new CheckFailure(cost.spinningFeedback("an idle worker")
                        .cause("a worker with nothing to do loops asking the queue for a task (poll(), isEmpty())"
                                + " instead of blocking until one comes: busy-waiting")
                        .revisit("BlockingQueue.take() (or Condition.await()) puts an idle worker to sleep"));
            }
            WakeUps.WakeUp wake = WakeUps.afterChange(cost, workers, () -> {
                for (int worker = 0; worker < WORKERS; worker++) {
                    log.submit("a task for an idle worker", () -> null);
                }
            });
            if (wake.late()) {
                throw new CheckFailure(wake.lateFeedback("an idle worker", "a task is submitted")
                        .cause("submit() wakes no worker: an idle worker sleeps for a while and looks at the queue again"
                                + " (polling), so every task waits for the workers' clock")
                        .revisit("BlockingQueue.take() blocks until put() or offer() hands it a task"));
            }
        } finally {
            pool.close();
        }
    }

    /** A thread waits in join() while the pool's only worker runs a task the check holds. */
    private static void waitingJoiner(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(1);
        WorkerPool pool = log.pool();
        CountDownLatch release = new CountDownLatch(1);
        try {
            log.submit("a long task", () -> release.await(TaskLog.HELD_AT_MOST.toNanos(), TimeUnit.NANOSECONDS));
            pool.close();
            ThreadGang joiner = ThreadGang.start("joiner", 1, index -> pool.join());
            WaitingThreads.untilAsleepIn(joiner.threads(), WorkerPool.class, WaitingThreads.FALLING_ASLEEP);
            IdleCpu.Measurement cost = IdleCpu.measure(joiner.threads(), WINDOW);
            release.countDown();
            log.await(joiner);
            context.measure("joiner CPU", cost.mostMillis(), "ms");
            if (cost.spins()) {
                throw new CheckFailure(cost.spinningFeedback("a thread in join()")
                        .cause("join() loops checking whether the work is done (the workers alive, the queue empty)"
                                + " instead of blocking until it is: busy-waiting")
                        .revisit("Thread.join() on each worker blocks the caller until that worker has ended"));
            }
        } finally {
            release.countDown();
        }
    }
}
