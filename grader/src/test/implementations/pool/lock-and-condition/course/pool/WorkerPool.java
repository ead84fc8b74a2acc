package course.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/** A correct alternative: a task list under a lock and condition; a worker ends when closed and idle. */
public class WorkerPool {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workArrived = lock.newCondition();
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    public WorkerPool(int workers) {
        for (int index = 0; index < workers; index++) {
            this.workers.add(Thread.ofPlatform().name("worker-" + index).start(this::work));
        }
    }

    public <T> Future<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            if (result.isCancelled()) {
                return;
            }
            try {
                result.complete(task.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        };
        lock.lock();
        try {
            if (closed) {
                throw new RejectedExecutionException("closed");
            }
            tasks.addLast(run);
            workArrived.signal();
        } finally {
            lock.unlock();
        }
        return result;
    }

    public <T, R> List<R> map(Function<T, R> function, List<T> inputs) throws InterruptedException, ExecutionException {
        List<Future<R>> pending = inputs.stream().map(input -> submit(() -> function.apply(input))).toList();
        List<R> results = new ArrayList<>(pending.size());
        for (Future<R> future : pending) {
            results.add(future.get());
        }
        return results;
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            workArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void join() throws InterruptedException {
        lock.lock();
        try {
            if (!closed) {
                throw new IllegalStateException("not closed");
            }
        } finally {
            lock.unlock();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work() {
        while (true) {
            Runnable next;
            lock.lock();
            try {
                while (tasks.isEmpty() && !closed) {
                    workArrived.awaitUninterruptibly();
                }
                if (tasks.isEmpty()) {
                    return;
                }
                next = tasks.removeFirst();
            } finally {
                lock.unlock();
            }
            next.run();
        }
    }
}
