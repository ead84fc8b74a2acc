package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadDiagnosis;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A task queued before close() waits until a thread is asleep in join(), then calls submit() on the
 * closed pool. submit must refuse it at once with RejectedExecutionException, and join() return
 * once the task is done. A join() that holds the pool's lock while it waits for the workers makes
 * that submit() wait for the lock, and join() wait for the task: a deadlock the JVM does not see
 * (one thread waits for a monitor, the other in Thread.join), so the check waits for the refusal
 * only {@link #BOUND}.
 */
@CheckInfo(id = "a-task-submitting-during-join-is-refused", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "A task that calls submit() while another thread waits in join() is refused at once; join() returns")
public final class ATaskSubmittingDuringJoinIsRefused implements CheckBody {

    /** How long the refusal, and then join(), may take: both come within milliseconds on a correct pool. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final long TASK_PATIENCE_SECONDS = 30;

    @Override
    public void run(CheckContext context) throws Exception {
        WorkerPool pool = new WorkerPool(1);
        CountDownLatch joining = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        AtomicReference<Object> answer = new AtomicReference<>();
        AtomicReference<Thread> taskThread = new AtomicReference<>();
        pool.submit(Neutral.callable(() -> {
            taskThread.set(Thread.currentThread());
            joining.await(TASK_PATIENCE_SECONDS, TimeUnit.SECONDS);
            try {
                answer.set(pool.submit(Neutral.callable(() -> null)));
            } catch (RuntimeException refused) {
                answer.set(refused);
            }
            answered.countDown();
            return null;
        }));
        pool.close();
        ThreadGang joiner = ThreadGang.start("joiner", 1, index -> pool.join());
        try {
            WaitingThreads.untilAsleepIn(joiner.threads(), WorkerPool.class, BOUND);
        } finally {
            joining.countDown();
        }
        if (!joiner.await(answered, BOUND)) {
            List<Thread> involved = taskThread.get() == null ? joiner.threads()
                    : List.of(taskThread.get(), joiner.threads().get(0));
            throw new CheckFailure(expectation()
                    .observed("the task's submit() had not returned " + BOUND.toSeconds() + " s later: "
                            + ThreadDiagnosis.describe(involved).text())
                    .cause("join() holds the pool's lock while it waits for the workers: the task's submit() waits"
                            + " for that lock, and join() waits for the task, so neither ever returns (a deadlock)")
                    .revisit("hold a lock only as long as it takes to read or change the state it guards; never"
                            + " wait for other threads (Thread.join) while holding it: read 'closed' under the lock,"
                            + " then join the workers outside it"), true);
        }
        if (!(answer.get() instanceof RejectedExecutionException)) {
            throw new CheckFailure(expectation()
                    .observed(answer.get() instanceof Throwable thrown ? "submit threw " + StudentCode.describe(thrown)
                            : "the task was accepted")
                    .cause("submit does not refuse work once the pool is closed while join() is waiting")
                    .revisit("a closed flag, checked and set under the same lock as the queue"));
        }
        try {
            joiner.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(expectation()
                    .observed("join() had not returned " + BOUND.toSeconds() + " s after the task was refused: "
                            + stuck.diagnosis())
                    .cause("join() does not return once the last task has run and the workers could end")
                    .revisit("join() waits for each worker thread to end (Thread.join())"), true);
        }
    }

    private static Feedback.Builder expectation() {
        return Feedback.expected("a task calling submit() on the closed pool while another thread waits in join() to"
                + " get RejectedExecutionException at once, and join() to return once the task is done");
    }
}
