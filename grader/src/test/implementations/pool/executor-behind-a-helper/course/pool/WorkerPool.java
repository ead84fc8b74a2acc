package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Mutant: no pool is built: everything goes to Executors.newFixedThreadPool, held by a
 * helper class (built-from-threads reads only WorkerPool's own accesses for executors). The Thread
 * that the rule asks for is Thread.currentThread() in join().
 */
public class WorkerPool {

    private final Engine engine;
    private boolean closed;

    public WorkerPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers");
        }
        engine = new Engine(workers);
    }

    public <T> Future<T> submit(Callable<T> task) {
        return engine.submit(task);
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
        closed = true;
        engine.close();
    }

    public void join() throws InterruptedException {
        synchronized (this) {
            if (!closed) {
                throw new IllegalStateException("close() the pool before joining it");
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        engine.join();
    }
}
