package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.pool.WorkerPool;
import java.util.concurrent.ExecutionException;

/** A task's exception comes out of its future's get(), and the worker that ran it lives on. */
@CheckInfo(id = "exception-reaches-the-caller", kind = CheckKind.FUNCTIONAL, points = 2, requires = "never-more-than-n-at-once",
        title = "A task's exception reaches the caller through its future; the pool keeps working")
public final class ExceptionReachesTheCaller implements CheckBody {

    /** What the task after the failed one returns: any value the pool could not have made up. */
    private static final int NEXT_RESULT = 42;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(1);
        WorkerPool pool = log.pool();
        try {
            Throwable cause = null;
            Integer value = null;
            try {
                value = log.result(log.<Integer>submit("a task that throws", () -> {
                    throw new IllegalStateException("division by a teapot");
                }));
            } catch (ExecutionException wrapped) {
                cause = wrapped.getCause();
            }
            if (!(cause instanceof IllegalStateException)) {
                throw new CheckFailure(Feedback.expected("get() on the failed task's future to throw ExecutionException"
                                + " caused by the task's IllegalStateException")
                        .observed(cause == null ? "get() returned " + value : "the cause was " + cause)
                        .cause("the worker catches the exception and drops it, or completes the future with a value")
                        .revisit("FutureTask.run() records the exception; get() rethrows it wrapped"));
            }
            Integer after = log.result(log.submit("the next task on the same (only) worker", () -> NEXT_RESULT));
            if (after != NEXT_RESULT) {
                throw new CheckFailure(Feedback.expected("the next task to return " + NEXT_RESULT).observed("it returned " + after)
                        .cause("the pool mixes up results").revisit("one future per task"));
            }
        } finally {
            pool.close();
        }
    }
}
