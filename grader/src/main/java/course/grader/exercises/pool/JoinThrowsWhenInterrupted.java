package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread waits in join() while both workers run tasks the check holds, {@value #QUEUED} more
 * queued behind them; the thread is interrupted. join() must end at once with
 * InterruptedException, as its Javadoc says, while the tasks still run: a caller that interrupts a
 * waiting thread wants it back. The interrupt ends that wait, not the pool's work: the held tasks
 * are not interrupted (each ends when the check lets it go, not by an InterruptedException of its
 * own), every queued task still runs, and a second join() returns after them.
 */
@CheckInfo(id = "join-throws-when-interrupted", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "A thread interrupted while it waits in join() gets InterruptedException at once")
public final class JoinThrowsWhenInterrupted implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final int QUEUED = 3;
    /** Both busy with a held task, so that the queued tasks wait and an interrupt sent to the workers meets a task. */
    private static final int WORKERS = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try {
            List<TaskLog.Task<Boolean>> held = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                held.add(log.submit("a task the check holds", () -> release.await(TaskLog.HELD_AT_MOST.toNanos(),
                        TimeUnit.NANOSECONDS)));
            }
            for (int task = 0; task < QUEUED; task++) {
                log.submit("queued task " + task, () -> null);
            }
            pool.close();
            ThreadGang joiner = ThreadGang.start("joiner", 1, index -> {
                try {
                    pool.join();
                } catch (Throwable ended) {
                    thrown.set(ended);
                }
            });
            WaitingThreads.untilAsleepIn(joiner.threads(), WorkerPool.class, BOUND);
            joiner.threads().get(0).interrupt();
            try {
                joiner.join(BOUND);
            } catch (ThreadsStuckException stuck) {
                throw failure("join() went on waiting " + BOUND.toSeconds() + " s after the interrupt: "
                                + stuck.diagnosis(),
                        "join() catches the InterruptedException and waits again (or waits uninterruptibly): the"
                                + " caller's interrupt is lost, and so is the caller");
            }
            if (!(thrown.get() instanceof InterruptedException)) {
                throw failure(thrown.get() == null ? "join() returned normally, though the task was still running"
                                : "join() threw " + StudentCode.describe(thrown.get()),
                        "join() swallows the interrupt and returns, or turns it into another exception");
            }
            release.countDown();
            requireTheWorkGoesOn(log, held);
        } finally {
            release.countDown();
        }
    }

    private static void requireTheWorkGoesOn(TaskLog log, List<TaskLog.Task<Boolean>> held) throws Exception {
        boolean returned = true;
        try {
            log.call("second-joiner", index -> log.pool().join());
        } catch (ThreadsStuckException stuck) {
            returned = false;
        }
        long interrupted = held.stream().filter(task -> task.probe.threw instanceof InterruptedException).count();
        if (interrupted > 0) {
            throw new CheckFailure(Feedback.expected("the " + WORKERS + " running tasks to go on undisturbed when the"
                            + " thread waiting in join() is interrupted")
                    .observed(interrupted + " of them threw InterruptedException from their wait: the interrupt sent to"
                            + " the thread in join() reached the workers and cut their tasks short")
                    .cause("join() interrupts the workers (or shuts the pool down) when its own wait is interrupted:"
                            + " the interrupt asks only the waiting caller back")
                    .revisit("join() only waits: when its wait throws InterruptedException, leave the pool as it was"));
        }
        if (!returned || log.ended() != WORKERS + QUEUED) {
            throw new CheckFailure(Feedback.expected("after the interrupted join(), the held tasks and the " + QUEUED
                            + " queued behind them to run, and a second join() to return")
                    .observed((log.ended() - WORKERS) + " of the " + QUEUED + " queued tasks ran, and the second join() "
                            + (returned ? "returned" : "had not returned " + TaskLog.STALL.toSeconds() + " s later"))
                    .cause("the interrupted join() stopped the pool's work (it cleared the queue, or interrupted or"
                            + " stopped the workers): an interrupt asks the waiting caller back, it does not cancel"
                            + " what was submitted")
                    .revisit("join() only waits: when its wait throws InterruptedException, leave the pool as it was"),
                    !returned);
        }
    }

    private static CheckFailure failure(String observed, String cause) {
        return new CheckFailure(Feedback.expected("join() to throw InterruptedException as soon as its thread is"
                        + " interrupted, while a task still runs")
                .observed(observed)
                .cause(cause)
                .revisit("let InterruptedException propagate from the waits in join() (Thread.join() throws it)"), true);
    }
}
