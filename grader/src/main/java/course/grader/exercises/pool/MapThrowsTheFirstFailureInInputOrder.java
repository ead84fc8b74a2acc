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
@CheckInfo(id = "map-throws-the-first-failure-in-input-order", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "When several calls of map's function throw, map throws the failure of the first input")
public final class MapThrowsTheFirstFailureInInputOrder implements CheckBody {

    /** How long the call for input 0 waits, after input 1 has thrown, before it throws itself. */
    private static final long LATER_MILLIS = 50;
    /** What the function's failure says, followed by its input. */
    private static final String FAILED_INPUT = "the call failed for input ";

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
        if (outcome.get() instanceof ExecutionException thrown && inputOf(thrown.getCause()) == 0) {
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
        throw new IllegalArgumentException(FAILED_INPUT + input);
    }

    /**
     * The input whose call threw {@code thrown}, or −1 when it is no failure of the function's. A
     * JDK exception carrying the input in its message: a type of the grader's own, handed to the
     * student's code, would name this check to code that looks.
     */
    private static int inputOf(Throwable thrown) {
        if (thrown instanceof IllegalArgumentException failure && failure.getMessage() != null
                && failure.getMessage().startsWith(FAILED_INPUT)) {
            return Integer.parseInt(failure.getMessage().substring(FAILED_INPUT.length()));
        }
        return -1;
    }

    private static String observed(Object outcome) {
        if (outcome instanceof ExecutionException thrown) {
            return inputOf(thrown.getCause()) >= 0
                    ? "it threw the failure of input " + inputOf(thrown.getCause()) + ", which happened first"
                    : thrown.getCause() == null ? "it threw an ExecutionException with no cause"
                    : "it threw an ExecutionException caused by " + StudentCode.describe(thrown.getCause());
        }
        return "it returned " + outcome;
    }

}
