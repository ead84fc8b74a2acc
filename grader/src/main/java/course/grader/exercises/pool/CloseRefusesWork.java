package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.pool.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/** After close(), submit is refused, and the tasks queued before it still run. */
@CheckInfo(id = "close-refuses-work", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "After close(), submit throws RejectedExecutionException; tasks queued before still run")
public final class CloseRefusesWork implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        WorkerPool pool = new WorkerPool(1);
        List<Future<Integer>> queued = new ArrayList<>();
        for (int task = 0; task < 5; task++) {
            int number = task;
            queued.add(pool.submit(() -> {
                Pools.sleep(20);
                return number;
            }));
        }
        pool.close();
        Object refusal = null;
        try {
            pool.submit(() -> -1);
        } catch (RejectedExecutionException expected) {
            refusal = expected;
        }
        if (refusal == null) {
            throw new CheckFailure(Feedback.expected("submit after close() to throw RejectedExecutionException")
                    .observed("the task was accepted")
                    .cause("close() does not mark the pool closed, or submit does not look")
                    .revisit("a closed flag, checked and set under the same lock as the queue"));
        }
        for (int task = 0; task < 5; task++) {
            Pools.result(queued.get(task), "task " + task + ", queued before close()");
        }
    }
}
