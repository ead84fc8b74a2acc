package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.pool.WorkerPool;
import java.util.concurrent.ExecutionException;

/**
 * A task on a pool of 2 throws an Error, not an Exception (an AssertionError, as a failed
 * {@code assert} does): its future's get() throws ExecutionException caused by that Error, and the
 * pool still has its 2 workers — two tasks that wait for each other both run, at once.
 */
@CheckInfo(id = "an-error-spares-the-pool", kind = CheckKind.FUNCTIONAL, points = 2, requires = "never-more-than-n-at-once",
        title = "A task that throws an Error fails its own future only; the pool keeps all its workers")
public final class AnErrorSparesThePool implements CheckBody {

    private static final int WORKERS = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        try {
            Throwable cause = null;
            try {
                log.result(log.submit("a task that throws an AssertionError", () -> {
                    throw new AssertionError("the teapot is not a divisor");
                }));
            } catch (ExecutionException wrapped) {
                cause = wrapped.getCause();
            }
            if (!(cause instanceof AssertionError)) {
                throw new CheckFailure(Feedback.expected("get() on the future of a task that threw an AssertionError to"
                                + " throw ExecutionException caused by it")
                        .observed(cause == null ? "get() returned normally" : "the cause was " + cause)
                        .cause("the worker turns an Error into a normal result, or into another exception")
                        .revisit("every outcome of a task completes its future: catch Throwable, or use FutureTask"));
            }
            log.requireAllWorkersLeft(WORKERS, "one task threw an Error", "the Error reached the worker's loop and ended the"
                            + " worker thread: it escaped a catch of Exception, or was rethrown after it had completed"
                            + " the future. The pool shrank, silently: each Error costs it a worker, and once all are"
                            + " gone queued tasks never run",
                    "a worker survives whatever its task throws: the Error belongs to the task's future and goes"
                            + " no further (catch Throwable around the task and do not rethrow it, or run it as a"
                            + " FutureTask)");
        } finally {
            pool.close();
        }
    }
}
