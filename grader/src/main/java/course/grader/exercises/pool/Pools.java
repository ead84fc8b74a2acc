package course.grader.exercises.pool;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded waits on the student's pool, with feedback when they run out. */
final class Pools {

    static final Duration BOUND = Duration.ofSeconds(5);

    private Pools() {
    }

    /** The future's result, waiting at most {@link #BOUND}. */
    static <T> T result(Future<T> future, String task) throws Exception {
        try {
            return future.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new CheckFailure(Feedback.expected("the result of " + task + " within " + BOUND.toSeconds() + " s")
                    .observed("its future was not done after " + BOUND.toSeconds() + " s")
                    .cause("no worker runs the task: the workers died, or never take from the queue, or the future"
                            + " is never completed")
                    .revisit("workers loop take-run-take; a task's outcome goes into its future"), true);
        } catch (ExecutionException failed) {
            throw failed;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
