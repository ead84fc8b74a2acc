package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/** Mutant: workers count themselves out under a lock; the last one signal()s a single joiner. */
public class WorkerPool {

    private static final Runnable POISON = () -> { };

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allEnded = lock.newCondition();
    private int alive;

    public WorkerPool(int workers) {
        alive = workers;
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
        lock.lock();
        try {
            while (alive > 0) {
                allEnded.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        try {
            for (Runnable task = queue.take(); task != POISON; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.lock();
            try {
                if (--alive == 0) {
                    allEnded.signal();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
