package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Mutant: each task runs behind a CompletableFuture, which cancel() only marks: a task cancelled while
 * queued still runs.
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
        CompletableFuture<T> future = new CompletableFuture<>();
        queue.add(() -> {
            try {
                future.complete(task.call());
            } catch (Throwable failure) {
                future.completeExceptionally(failure);
            }
        });
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
        try {
            for (Runnable task = queue.take(); task != POISON; task = queue.take()) {
                task.run();
                Thread.interrupted(); // an interrupt the task left set was the task's, not a request to stop
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
