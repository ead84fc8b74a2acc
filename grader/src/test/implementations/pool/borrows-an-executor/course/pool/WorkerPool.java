package course.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Mutant: the JDK's own pool does the work (a red-team shortcut); every behaviour is right. */
public class WorkerPool {

    private final ExecutorService executor;

    public WorkerPool(int workers) {
        executor = Executors.newFixedThreadPool(workers);
    }

    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
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

    public void close() {
        executor.shutdown();
    }

    public void join() throws InterruptedException {
        if (!executor.isShutdown()) {
            throw new IllegalStateException("close() the pool before joining it");
        }
        while (!executor.awaitTermination(1, TimeUnit.DAYS)) {
            // the day is up: wait another
        }
    }
}
