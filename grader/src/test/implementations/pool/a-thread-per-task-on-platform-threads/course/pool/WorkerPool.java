package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/** No pool at all: a new thread for every task, however many; the worker count is ignored. */
public class WorkerPool {
    private final Object lock = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed;

    public WorkerPool(int workers) {
        if (workers <= 0) {
            throw new IllegalArgumentException("workers");
        }
    }

    public <T> Future<T> submit(Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        synchronized (lock) {
            if (closed) {
                throw new RejectedExecutionException("closed");
            }
            Thread t = new Thread(future);
            threads.add(t);
            t.start();
        }
        return future;
    }

    public <T, R> List<R> map(Function<T, R> function, List<T> inputs) throws InterruptedException, ExecutionException {
        List<Future<R>> futures = new ArrayList<>();
        for (T input : inputs) {
            futures.add(submit(() -> function.apply(input)));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    public void close() {
        synchronized (lock) {
            closed = true;
        }
    }

    public void join() throws InterruptedException {
        List<Thread> all;
        synchronized (lock) {
            if (!closed) {
                throw new IllegalStateException("join before close");
            }
            all = new ArrayList<>(threads);
        }
        for (Thread t : all) {
            t.join();
        }
    }
}
