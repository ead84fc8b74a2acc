package course.pool;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Mutant: the JDK's own fixed thread pool, in a class the architecture rule does not read. */
final class Engine {

    private final ExecutorService executor;

    Engine(int workers) {
        executor = Executors.newFixedThreadPool(workers);
    }

    <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    void close() {
        executor.shutdown();
    }

    void join() throws InterruptedException {
        while (!executor.awaitTermination(1, TimeUnit.DAYS)) {
            // a day at a time
        }
    }
}
