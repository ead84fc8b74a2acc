package course.grader.exercises.pool;

import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import course.pool.WorkerPool;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The calls the interleaving check makes on one fresh pool of {@value #WORKERS} worker: submit a
 * task that counts that it ran, and close, join and read the count.
 *
 * <p>The pool is made by a call of its own, {@link #newPool()}, which the scenarios make before
 * the threads start, not by this class's constructor: the model checker follows only the threads
 * started inside the calls it runs, so a worker started in the constructor is a stranger to it, and
 * join() on that worker breaks the model checker (a NullPointerException in its thread switch).
 * Nor may the join be a call made after the threads: the model checker runs those calls one at a
 * time and never switches to the pool's worker, so join() waits for good. The join is therefore
 * in one of the threads, in {@link #closeAndJoin()}.
 */
public final class PoolOperations {

    /** One worker: a task queued behind its one stop signal is never run by another. */
    private static final int WORKERS = 1;

    private final AtomicInteger ran = new AtomicInteger();
    private WorkerPool pool;

    /** A fresh pool; its worker is a thread the model checker follows, for it starts inside a call. */
    @Operation
    public void newPool() {
        ThreadRoles.neutralizeCurrent();
        pool = new WorkerPool(WORKERS);
    }

    /** Submits a task that counts that it ran; refused (RejectedExecutionException) once closed. */
    @Operation
    public void submit() {
        ThreadRoles.neutralizeCurrent();
        pool.submit(new Count());
    }

    /** Closes the pool, waits in join() for its worker, and reads how many accepted tasks ran. */
    @Operation
    public int closeAndJoin() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        pool.close();
        pool.join();
        return ran.get();
    }

    /**
     * The task: counts that it ran. A class of its own, not a lambda: the model checker cannot
     * trace a lambda's captured fields, and its name says nothing of the check ({@link Neutral}).
     */
    private final class Count implements Callable<Integer> {

        @Override
        public Integer call() {
            return ran.incrementAndGet();
        }

        @Override
        public String toString() {
            return Neutral.nameOf(Callable.class, this);
        }
    }
}
