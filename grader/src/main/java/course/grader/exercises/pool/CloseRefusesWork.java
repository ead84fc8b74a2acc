package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.pool.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/** After close(), submit is refused, and the tasks queued before it still run. */
@CheckInfo(id = "close-refuses-work", kind = CheckKind.FUNCTIONAL, points = 2, requires = "never-more-than-n-at-once",
        title = "After close(), submit throws RejectedExecutionException; tasks queued before still run")
public final class CloseRefusesWork implements CheckBody {

    /** Each queued task takes a moment, so that close() comes while most of them still wait in the queue. */
    private static final long TASK_MILLIS = 20;
    private static final int QUEUED = 5;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(1);
        WorkerPool pool = log.pool();
        List<TaskLog.Task<Integer>> queued = new ArrayList<>();
        for (int task = 0; task < QUEUED; task++) {
            int number = task;
            queued.add(log.submit("task " + task + ", queued before close()", () -> {
                Pools.sleep(TASK_MILLIS);
                return number;
            }));
        }
        pool.close();
        Throwable refusal = ThreadGang.exceptionFrom("submitter", index -> log.submit("a task submitted after close()",
                () -> -1), TaskLog.STALL);
        if (!(refusal instanceof RejectedExecutionException)) {
            throw new CheckFailure(Feedback.expected("submit after close() to throw RejectedExecutionException")
                    .observed(refusal == null ? "the task was accepted" : "submit threw " + StudentCode.describe(refusal))
                    .cause(refusal == null
                            ? "close() does not mark the pool closed, or submit does not look at the mark"
                            : "the pool refuses with another exception than the one its Javadoc promises")
                    .revisit("a closed flag, checked and set under the same lock as the queue;"
                            + " RejectedExecutionException is how executors refuse a task"));
        }
        for (TaskLog.Task<Integer> task : queued) {
            log.result(task);
        }
    }
}
