package course.grader.exercises.deadlock;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadDiagnosis;
import course.grader.harness.ThreadRoles;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A thread of its own on which a check calls the mutex, one call at a time, so that every call
 * runs in the thread it is about: the owner's second lock, another thread's holdCount(), an
 * intruder's unlock(). A call that should return at once is waited for at most {@link #BOUND}; one
 * that should block is started, and the check watches it.
 */
final class MutexThread implements AutoCloseable {

    static final Duration BOUND = Duration.ofSeconds(3);

    private final String name;
    private final ExecutorService executor;
    private final Thread thread;

    private MutexThread(String name) throws Exception {
        this.name = name;
        this.executor = Executors.newSingleThreadExecutor(work -> ThreadRoles.newThread(work, name));
        this.thread = executor.submit(Thread::currentThread).get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
    }

    static MutexThread start(String name) throws Exception {
        return new MutexThread(name);
    }

    Thread thread() {
        return thread;
    }

    /** Starts a call that may block; the check decides how long to give it. */
    <T> Future<T> begin(Callable<T> call) {
        return executor.submit(call);
    }

    /** Runs a call that must return at once on an idle mutex, and returns its result; its exception is rethrown. */
    <T> T call(String what, Callable<T> call) throws Exception {
        return outcome(what, begin(call), BOUND);
    }

    /** Runs a call and returns what it threw, or null if it returned. */
    Throwable thrownBy(String what, Callable<?> call) throws Exception {
        try {
            call(what, call);
            return null;
        } catch (CheckFailure stuck) {
            throw stuck;
        } catch (Exception thrown) {
            return thrown;
        }
    }

    /** The result of a started call, waited for at most {@code bound}; a call still running then ends the check. */
    <T> T outcome(String what, Future<T> started, Duration bound) throws Exception {
        try {
            return started.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception thrown ? thrown : failed;
        } catch (TimeoutException stuck) {
            throw new CheckFailure(Feedback.expected(what + " in thread '" + name + "' to return within "
                            + bound.toSeconds() + " s")
                    .observed("it had not: " + ThreadDiagnosis.describe(List.of(thread)).text())
                    .cause("the call waits for the lock although the thread that held it has given it back, or"
                            + " holds it itself: the owner, the hold count or the wake-up of waiting threads is wrong")
                    .revisit("an owner and a hold count under the monitor; at zero, owner = null and notifyAll()"), true);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
