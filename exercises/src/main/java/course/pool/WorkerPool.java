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
        throw new UnsupportedOperationException("TODO: WorkerPool.submit");
    }

    /**
     * Applies {@code function} to every input on the pool's workers — a call for each input, equal
     * inputs included — and returns the results in the order of the inputs (a null where the
     * function returned null: it is a result like any other).
     *
     * @throws ExecutionException if a call of the function threw (the first such, in input order)
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}, as {@link #submit} does
     */
    public <T, R> List<R> map(Function<T, R> function, List<T> inputs) throws InterruptedException, ExecutionException {
        // TODO: submit every input first, then collect the futures in order.
        throw new UnsupportedOperationException("TODO: WorkerPool.map");
    }

    /** Stops accepting tasks; tasks already queued still run. Calling it again does nothing. */
    public void close() {
        // TODO: refuse new work; make sure every worker will stop once the queue is done.
        throw new UnsupportedOperationException("TODO: WorkerPool.close");
    }

    /**
     * Waits until every queued task has run and every worker thread has ended — ended, not merely
     * done with its last task: {@code Thread.join()} is what tells. A task cancelled through its
     * {@code Future} before it started never runs, and leaves nothing to wait for. Do not hold the
     * pool's lock while you wait: a queued task may still call {@link #submit} (and must be refused
     * at once) or {@link #close()}, and would wait for that lock while you wait for it — a deadlock.
     *
     * @throws IllegalStateException if the pool has not been closed (it would wait for ever)
     * @throws InterruptedException if the calling thread is interrupted while it waits; that ends
     *         the caller's wait only: the pool is left as it was, its queued tasks still run, and a
     *         later join() waits for them
     */
    public void join() throws InterruptedException {
        // TODO
        throw new UnsupportedOperationException("TODO: WorkerPool.join");
    }
}
