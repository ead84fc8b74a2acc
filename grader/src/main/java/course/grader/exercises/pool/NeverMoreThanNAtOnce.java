package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Stopwatch;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Thirty 20 ms tasks on a pool of 3: at most 3 run at once, on at most 3 threads, and 3 do run
 * at once. Records the speed-up over running the tasks one after another.
 */
@CheckInfo(id = "never-more-than-n-at-once", kind = CheckKind.STRESS, points = 3,
        title = "30 tasks on a pool of 3: at most 3 run at once, on 3 threads, and 3 do")
public final class NeverMoreThanNAtOnce implements CheckBody {

    private static final int WORKERS = 3;
    private static final int TASKS = 30;
    private static final long TASK_MILLIS = 20;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        ConcurrencyGauge running = new ConcurrencyGauge();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Duration took = Stopwatch.time(() -> {
            List<TaskLog.Task<Integer>> tasks = new ArrayList<>();
            for (int task = 0; task < TASKS; task++) {
                int number = task;
                tasks.add(log.submit("task " + task, () -> {
                    running.enter();
                    threads.add(Thread.currentThread());
                    try {
                        Pools.sleep(TASK_MILLIS);
                        return number;
                    } finally {
                        running.exit();
                    }
                }));
            }
            for (TaskLog.Task<Integer> task : tasks) {
                log.result(task);
            }
        });
        pool.close();
        context.measure("speed-up over one worker", (double) TASKS * TASK_MILLIS / took.toMillis(), "×");
        if (running.most() > WORKERS || threads.size() > WORKERS) {
            throw new CheckFailure(Feedback.expected("at most " + WORKERS + " tasks running at once, on " + WORKERS
                            + " worker threads")
                    .observed(running.most() + " tasks ran at once, on " + threads.size() + " different threads")
                    .cause("a new thread is started for each task instead of handing it to a fixed set of workers")
                    .revisit("a fixed pool: n threads started once, taking tasks from a queue"));
        }
        if (running.most() < WORKERS) {
            throw new CheckFailure(Feedback.expected(WORKERS + " tasks running at once on a pool of " + WORKERS)
                    .observed("never more than " + running.most() + " at once")
                    .cause("fewer workers than asked take tasks, or a lock serialises them")
                    .revisit("each worker takes and runs tasks independently of the others"));
        }
    }
}
