package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.pool.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * Every public method before and after close(), first and repeated calls: join() before close()
 * throws IllegalStateException at once and leaves the pool working; close() called twice throws
 * nothing and the queued tasks still run; submit and map after it are refused with
 * RejectedExecutionException, at once; join() returns, and returns again when called a second time.
 */
@CheckInfo(id = "every-call-before-and-after-close", kind = CheckKind.FUNCTIONAL, points = 2, requires = "never-more-than-n-at-once",
        title = "join() before close() is refused; close() twice is harmless; submit and map after close() are refused")
public final class EveryCallBeforeAndAfterClose implements CheckBody {

    /** Each queued task takes a moment, so that the two close() calls come while they still wait. */
    private static final long TASK_MILLIS = 30;
    private static final int QUEUED = 3;
    /** The inputs of the map() called after close(): a few, so that a map that does not refuse has work. */
    private static final List<Integer> MAPPED_AFTER_CLOSE = List.of(1, 2, 3);

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(1);
        WorkerPool pool = log.pool();
        joinBeforeClose(pool, log);
        List<TaskLog.Task<Integer>> queued = new ArrayList<>();
        for (int task = 0; task < QUEUED; task++) {
            queued.add(log.submit("task " + task + ", queued before the two close() calls", () -> {
                Pools.sleep(TASK_MILLIS);
                return 0;
            }));
        }
        closeTwice(pool, log);
        refused(log, "submit", index -> log.submit("a task submitted after close()", () -> 0));
        refused(log, "map", index -> pool.map(Neutral.function(input -> log.run(() -> input)), MAPPED_AFTER_CLOSE));
        for (TaskLog.Task<Integer> task : queued) {
            log.result(task);
        }
        for (String call : List.of("join() after close()", "a second join()")) {
            try {
                log.call("joiner", index -> pool.join());
            } catch (ThreadsStuckException stuck) {
                throw new CheckFailure(Feedback.expected(call + " to return: the work is done")
                        .observed(stuck.getMessage())
                        .cause("join() waits for something that happens once only, or never")
                        .revisit("join() waits until the workers have ended; once they have, it returns at once"), true);
            }
        }
    }

    private static void joinBeforeClose(WorkerPool pool, TaskLog log) throws Exception {
        Throwable thrown;
        try {
            log.call("early-joiner", index -> pool.join());
            thrown = null;
        } catch (ThreadsStuckException stuck) {
            pool.close();
            throw new CheckFailure(Feedback.expected("join() before close() to throw IllegalStateException, as its Javadoc"
                            + " says")
                    .observed("it was still waiting " + TaskLog.STALL.toSeconds() + " s later")
                    .cause("join() does not look whether the pool is closed: the workers wait for tasks, so it would"
                            + " wait for ever")
                    .revisit("refuse a call that can never end: throw IllegalStateException"), true);
        } catch (WorkerFailedException failed) {
            thrown = failed.getCause();
        }
        if (!(thrown instanceof IllegalStateException)) {
            throw new CheckFailure(Feedback.expected("join() before close() to throw IllegalStateException")
                    .observed(thrown == null ? "it returned normally" : "it threw " + StudentCode.describe(thrown))
                    .cause(thrown == null ? "join() does not wait while the pool is open, and does not say so either"
                            : "join() refuses with another exception than the one its Javadoc promises")
                    .revisit("an illegal call for the object's state throws IllegalStateException"));
        }
        log.result(log.submit("a task after the refused join()", () -> 0));
    }

    private static void closeTwice(WorkerPool pool, TaskLog log) throws Exception {
        Throwable thrown = null;
        try {
            log.call("closer", index -> {
                pool.close();
                pool.close();
            });
        } catch (WorkerFailedException failed) {
            thrown = failed.getCause();
        }
        if (thrown != null) {
            throw new CheckFailure(Feedback.expected("a second close() to do nothing")
                    .observed("it threw " + StudentCode.describe(thrown))
                    .cause("close() treats being closed already as an error")
                    .revisit("an idempotent close(): if closed, return; the Javadoc says calling it again does nothing"));
        }
    }

    /** {@code call} after close() throws RejectedExecutionException, and does so at once. */
    private static void refused(TaskLog log, String call, ThreadGang.Work work) throws Exception {
        Throwable thrown = null;
        try {
            log.call(call + "-caller", work);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(call + " after close() to throw RejectedExecutionException at once")
                    .observed("it was still waiting " + TaskLog.STALL.toSeconds() + " s later: " + stuck.diagnosis())
                    .cause(call + " queued its tasks behind the end of the work, where no worker takes them: it does"
                            + " not go through the closed check")
                    .revisit("every way into the pool (submit, and map through submit) refuses work after close()"),
                    true);
        } catch (WorkerFailedException failed) {
            thrown = failed.getCause();
        }
        if (!(thrown instanceof RejectedExecutionException)) {
            throw new CheckFailure(Feedback.expected(call + " after close() to throw RejectedExecutionException")
                    .observed(thrown == null ? "it was accepted" : "it threw " + StudentCode.describe(thrown))
                    .cause(thrown == null ? call + " does not look at the closed flag"
                            : "the pool refuses with another exception than the one its Javadoc promises")
                    .revisit("after close(), submit and map throw RejectedExecutionException"));
        }
    }
}
