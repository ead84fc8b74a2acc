package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.pool.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * On a pool of 2, one task on each worker ends with its thread's interrupt flag set, as a task does
 * that caught an InterruptedException and restored the flag: the interrupt was the task's, not a
 * request to stop the worker. Both workers must then still run tasks, at once.
 */
@CheckInfo(id = "an-interrupt-left-by-a-task-spares-the-worker", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "A task that leaves its thread interrupted does not end the worker that ran it")
public final class AnInterruptLeftByATaskSparesTheWorker implements CheckBody {

    private static final int WORKERS = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        try {
            CountDownLatch onEveryWorker = new CountDownLatch(WORKERS);
            List<TaskLog.Task<Boolean>> interrupting = new ArrayList<>();
            for (int task = 0; task < WORKERS; task++) {
                interrupting.add(log.submit("a task that leaves its thread interrupted", () -> {
                    onEveryWorker.countDown();
                    boolean met = onEveryWorker.await(TaskLog.STALL.toMillis(), TimeUnit.MILLISECONDS);
                    Thread.currentThread().interrupt();
                    return met;
                }));
            }
            for (TaskLog.Task<Boolean> task : interrupting) {
                log.result(task);
            }
            log.requireAllWorkersLeft(WORKERS, "a task on each worker had left its thread interrupted",
                    "the interrupt a task left set reached the worker's next take() (or await()), which threw"
                            + " InterruptedException at once, and the worker took that as its signal to stop",
                    "a task's interrupt belongs to the task: clear it (Thread.interrupted()) after each task, before"
                            + " the worker takes the next, as the JDK's own pools do");
        } finally {
            pool.close();
        }
    }
}
