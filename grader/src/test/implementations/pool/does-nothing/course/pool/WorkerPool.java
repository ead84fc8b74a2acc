package course.pool;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A fixed number of worker threads running submitted tasks from a queue. Keep the public
 * constructor and methods: the grader calls them.
 */
public class WorkerPool {

    // TODO: the task queue, the worker threads, and whether the pool is closed.

    /** Starts {@code workers} worker threads, waiting for tasks. */
    public WorkerPool(int workers) {
        // TODO
    }

    /**
     * Queues a task and returns its future at once.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    public <T> Future<T> submit(Callable<T> task) {
        // TODO: wrap the task in a future, queue it — unless the pool is closed.
        return null;
    }

    /**
     * Applies {@code function} to every input on the pool's workers and returns the results in the
     * order of the inputs.
     *
     * @throws ExecutionException if a call of the function threw (the first such, in input order)
     */
    public <T, R> List<R> map(Function<T, R> function, List<T> inputs) throws InterruptedException, ExecutionException {
        // TODO: submit every input first, then collect the futures in order.
        return null;
    }

    /** Stops accepting tasks; tasks already queued still run. Calling it again does nothing. */
    public void close() {
        // TODO: refuse new work; make sure every worker will stop once the queue is done.
        return;
    }

    /**
     * Waits until every queued task has run and every worker thread has ended. Do not hold the
     * pool's lock while you wait: a queued task may still call {@link #submit} (and must be refused
     * at once) or {@link #close()}, and would wait for that lock while you wait for it — a deadlock.
     *
     * @throws IllegalStateException if the pool has not been closed (it would wait for ever)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public void join() throws InterruptedException {
        // TODO
        return;
    }
}
