package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * close() ends the pool once its work is done; it does not cut short the work it was given. Two
 * tasks that sleep are running, and nothing is queued, when close() is called: both must finish
 * their sleep undisturbed. A close() that interrupts the workers to wake the idle ones interrupts
 * the busy ones too, and a task that waits or sleeps then fails because the pool was closed.
 */
@CheckInfo(id = "close-lets-running-tasks-finish", kind = CheckKind.FUNCTIONAL, points = 1,
        requires = "join-waits-and-workers-end",
        title = "close() with nothing queued lets the tasks still running finish: it interrupts none of them")
public final class CloseLetsRunningTasksFinish implements CheckBody {

    private static final int WORKERS = 2;
    private static final long TASK_MILLIS = 300;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        CountDownLatch running = new CountDownLatch(WORKERS);
        List<TaskLog.Task<String>> tasks = new ArrayList<>();
        for (int task = 0; task < WORKERS; task++) {
            tasks.add(log.submit("task " + task, () -> {
                running.countDown();
                Thread.sleep(TASK_MILLIS);
                return "slept";
            }));
        }
        running.await(TaskLog.STALL.toMillis(), TimeUnit.MILLISECONDS);
        pool.close();
        ThreadsStuckException joinStuck = null;
        try {
            log.call("joiner", index -> pool.join());
        } catch (ThreadsStuckException stuck) {
            joinStuck = stuck;
        }
        for (TaskLog.Task<String> task : tasks) {
            if (task.probe.threw instanceof InterruptedException) {
                throw new CheckFailure(Feedback.expected("the " + WORKERS + " tasks running when close() was called,"
                                + " with nothing queued, to finish their " + TASK_MILLIS + " ms sleep")
                        .observed(task.name + " was interrupted while it ran: its sleep threw "
                                + StudentCode.describe(task.probe.threw))
                        .cause("close() interrupts the workers to wake the idle ones, and a worker that is running a"
                                + " task gets the interrupt too: the task fails because the pool was closed")
                        .revisit("a poison pill per worker, queued behind the work, ends only idle workers; an"
                                + " interrupt reaches whatever the thread is doing"), joinStuck != null);
            }
        }
        if (joinStuck != null) {
            throw new CheckFailure(Feedback.expected("join() to return once the " + WORKERS + " running tasks have"
                            + " finished")
                    .observed(log.ended() + " tasks had ended, and join() had not returned " + TaskLog.STALL.toSeconds()
                            + " s later; " + joinStuck.diagnosis())
                    .cause("the workers are never told to stop when close() comes with nothing queued: they wait in"
                            + " take() on an empty queue")
                    .revisit("a poison pill per worker, queued by close(), ends each worker once the work before it is"
                            + " done"), true);
        }
    }
}
