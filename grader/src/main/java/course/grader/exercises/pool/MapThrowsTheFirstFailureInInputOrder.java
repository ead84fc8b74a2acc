package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.pool.WorkerPool;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * map over two inputs whose calls both throw, the second first: the call for input 1 throws at
 * once, the call for input 0 only after it. map must throw the failure of input 0, the first in
 * input order, as its Javadoc says, not the one that happened first.
 */
@CheckInfo(id = "map-throws-the-first-failure-in-input-order", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "When several calls of map's function throw, map throws the failure of the first input")
public final class MapThrowsTheFirstFailureInInputOrder implements CheckBody {

    /** How long the call for input 0 waits, after input 1 has thrown, before it throws itself. */
    private static final long LATER_MILLIS = 50;

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(2);
        WorkerPool pool = log.pool();
        CountDownLatch secondThrows = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        try {
            log.call("mapper", index -> {
                try {
                    outcome.set(pool.map(Neutral.function(input -> log.run(() -> fail(input, secondThrows))), List.of(0, 1)));
                } catch (ExecutionException thrown) {
                    outcome.set(thrown);
                }
            });
        } finally {
            pool.close();
        }
        if (outcome.get() instanceof ExecutionException thrown
                && thrown.getCause() instanceof InputFailed failed && failed.input == 0) {
            return;
        }
        throw new CheckFailure(Feedback.expected("map to throw an ExecutionException caused by the failure of input 0,"
                        + " the first input whose call threw")
                .observed(observed(outcome.get()))
                .cause(outcome.get() instanceof ExecutionException
                        ? "map reports the failure that happened first in time: it collects outcomes as the calls end,"
                                + " not in the order of the inputs"
                        : "map does not pass on a failure of the function")
                .revisit("submit every input, then get() the futures in input order: the first get() that throws is"
                        + " the first failure in input order"));
    }

    private static Object fail(int input, CountDownLatch secondThrows) {
        if (input == 1) {
            secondThrows.countDown();
        } else {
            try {
                if (secondThrows.await(TaskLog.STALL.toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(LATER_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new InputFailed(input);
    }

    private static String observed(Object outcome) {
        if (outcome instanceof ExecutionException thrown) {
            return thrown.getCause() instanceof InputFailed failed
                    ? "it threw the failure of input " + failed.input + ", which happened first"
                    : thrown.getCause() == null ? "it threw an ExecutionException with no cause"
                    : "it threw an ExecutionException caused by " + StudentCode.describe(thrown.getCause());
        }
        return "it returned " + outcome;
    }

    /** What the function throws for one input. */
    private static final class InputFailed extends RuntimeException {
        private final int input;

        InputFailed(int input) {
            super("the call for input " + input + " failed", null, false, false);
            this.input = input;
        }
    }
}
