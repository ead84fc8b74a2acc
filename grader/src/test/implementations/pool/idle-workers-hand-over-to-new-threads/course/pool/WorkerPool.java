package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Mutant: idle workers busy-wait on a non-blocking queue (a bare loop, no sleep, yield,
 * onSpinWait or blocking call), and an idle worker hands its place to a fresh thread after 3 ms and
 * ends. An ended thread's CPU time reads 0, and the fresh threads started after the measured list
 * was taken are never measured. join() waits on a latch and joins the last thread of every chain.
 */
public class WorkerPool {

    private static final Runnable POISON = () -> { };
    /** Empty polls before an idle worker hands over: a few milliseconds of spinning. */
    private static final int RELAY_POLLS = 200_000;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Thread> finished = new ConcurrentLinkedQueue<>();
    private final CountDownLatch ended;
    private final int workers;
    private boolean closed;

    public WorkerPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers");
        }
        this.workers = workers;
        this.ended = new CountDownLatch(workers);
        for (int index = 0; index < workers; index++) {
            relay();
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
            for (int index = 0; index < workers; index++) {
                queue.add(POISON);
            }
        }
    }

    public void join() throws InterruptedException {
        synchronized (this) {
            if (!closed) {
                throw new IllegalStateException("close() the pool before joining it");
            }
        }
        ended.await();
        for (Thread thread : finished) {
            thread.join();
        }
    }

    private void relay() {
        new Thread(this::work).start();
    }

    private void work() {
        int idlePolls = 0;
        while (true) {
            Runnable task = queue.poll();
            if (task == POISON) {
                finished.add(Thread.currentThread());
                ended.countDown();
                return;
            }
            if (task != null) {
                task.run();
                Thread.interrupted();
                idlePolls = 0;
            } else if (++idlePolls > RELAY_POLLS) {
                relay();
                return;
            }
        }
    }
}
