package course.grader.classreport;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one step of the class report (JPlag on one exercise, say) on a thread of its own, with a
 * big but bounded stack and a time bound, so that whatever the step throws (a {@link StackOverflowError}
 * from a parser on a long constant expression, an {@link OutOfMemoryError}, an {@link AssertionError})
 * costs only that step: the caller gets a {@link Failed} saying what happened, and goes on.
 */
final class IsolatedStep {

    /**
     * Parsers recurse once per nesting level of an expression or a statement, and a default stack
     * (512 KB to 1 MB) overflows on a few thousand; this is reserved, not committed, until used.
     */
    static final long STACK_BYTES = 256L << 20;

    private IsolatedStep() {
    }

    /** What a step threw, or that it outran its bound; {@link #getMessage()} says which, for the report. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** The step's result; {@link Failed} when it threw anything or did not end within {@code bound}. */
    static <T> T call(String name, Duration bound, Callable<T> step) throws Failed {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(step.call());
            } catch (Throwable thrown) {
                result.completeExceptionally(thrown);
            }
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException thrown) {
            Throwable cause = thrown.getCause();
            throw new Failed(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        } catch (TimeoutException late) {
            thread.interrupt();
            throw new Failed("it did not end within " + bound.toMinutes() + " min", late);
        } catch (InterruptedException interrupted) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new Failed("it was interrupted", interrupted);
        }
    }
}
