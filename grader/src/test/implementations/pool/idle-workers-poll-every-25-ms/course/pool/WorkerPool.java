package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Reference solution: FutureTasks on a LinkedBlockingQueue; close() queues one poison pill per
 * worker behind the remaining tasks.
 */
/** Mutant: no blocking queue; idle workers poll a ConcurrentLinkedQueue every 25 ms (parkNanos). */
public class WorkerPool {

    private static final Runnable POISON = () -> { };

    private static final long POLL = TimeUnit.MILLISECONDS.toNanos(25);
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
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
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get());
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
        while (true) {
            Runnable task = queue.poll();
            if (task == null) {
                LockSupport.parkNanos(POLL); // Mutant: idle workers look at the queue every 25 ms
                continue;
            }
            if (task == POISON) {
                return;
            }
            task.run();
            Thread.interrupted();
        }
    }
}
