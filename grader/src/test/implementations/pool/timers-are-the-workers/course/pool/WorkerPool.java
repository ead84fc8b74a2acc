package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/** Mutant: the JDK's timers are the workers; each runs the tasks scheduled on it, one after another. */
public class WorkerPool {

    private final Timer[] timers;
    private final CountDownLatch ended;
    private int next;
    private boolean closed;

    public WorkerPool(int workers) {
        timers = new Timer[workers];
        for (int index = 0; index < workers; index++) {
            timers[index] = new Timer(true);
        }
        ended = new CountDownLatch(workers);
    }

    public synchronized <T> Future<T> submit(Callable<T> task) {
        if (closed) {
            throw new IllegalStateException("the pool is closed");
        }
        FutureTask<T> future = new FutureTask<>(task);
        timers[next++ % timers.length].schedule(asTimerTask(future), 0);
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
        if (closed) {
            return;
        }
        closed = true;
        for (Timer timer : timers) {
            timer.schedule(asTimerTask(() -> {
                timer.cancel();
                ended.countDown();
            }), 0);
        }
    }

    public void join() throws InterruptedException {
        synchronized (this) {
            if (!closed) {
                throw new IllegalStateException("close() the pool before joining it");
            }
        }
        ended.await();
    }

    private static TimerTask asTimerTask(Runnable work) {
        return new TimerTask() {
            @Override
            public void run() {
                work.run();
            }
        };
    }
}
