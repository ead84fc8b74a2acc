package course.pool;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/** Not a pool: every task on a fresh virtual thread; close/join/map not written. */
public class WorkerPool {

    public WorkerPool(int workers) {
    }

    public <T> Future<T> submit(Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread.ofVirtual().start(future);
        return future;
    }

    public <T, R> List<R> map(Function<T, R> function, List<T> inputs) throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("TODO: WorkerPool.map");
    }

    public void close() {
    }

    public void join() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: WorkerPool.join");
    }
}
