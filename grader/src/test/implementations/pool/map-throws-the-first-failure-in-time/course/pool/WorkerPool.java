package course.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Mutant: map collects each result as soon as its call is done: results are in input order, but
 * the failure it throws is the first in time, not the first in input order.
 */
public class WorkerPool {

    private static final Runnable POISON = () -> { };

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    public WorkerPool(int workers) {
        for (int index = 0; index < workers; index++) {
            Thread worker = new Thread(this::work, "pool-worker-" + index);
            this.workers.add(worker);
            worker.start();
        }
    }

    public synchronized <T> Future<T> submit(Callable<T> task) {
        if (closed) {
            throw new RejectedExecutionException("the pool is closed");
        }
        FutureTask<T> future = new FutureTask<>(task);
        queue.add(future);
        return future;
    }

    public <T, R> List<R> map(Function<T, R> function, List<T> inputs) throws InterruptedException, ExecutionException {
        List<Future<R>> futures = new ArrayList<>();
        for (T input : inputs) {
            futures.add(submit(() -> function.apply(input)));
        }
        // Collects each result as soon as its call is done, so the first call to fail in time is reported.
        List<R> results = new ArrayList<>(Collections.nCopies(futures.size(), null));
        Set<Integer> pending = new HashSet<>();
        for (int index = 0; index < futures.size(); index++) {
            pending.add(index);
        }
        while (!pending.isEmpty()) {
            for (Iterator<Integer> next = pending.iterator(); next.hasNext(); ) {
                int index = next.next();
                if (futures.get(index).isDone()) {
                    results.set(index, futures.get(index).get());
                    next.remove();
                }
            }
            Thread.sleep(1);
        }
        return results;
    }

    public synchronized void close() {
        if (!closed) {
            closed = true;
            workers.forEach(worker -> queue.add(POISON));
        }
    }

    public void join() throws InterruptedException {
        synchronized (this) {
            if (!closed) {
                throw new IllegalStateException("close() the pool before joining it");
            }
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work() {
        try {
            for (Runnable task = queue.take(); task != POISON; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
