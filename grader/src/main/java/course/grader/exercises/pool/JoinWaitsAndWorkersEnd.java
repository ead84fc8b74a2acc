package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Six 100 ms tasks on a pool of 2, then close() and join(): when join returns every task has run,
 * and no thread started since the pool was created is still alive.
 */
@CheckInfo(id = "join-waits-and-workers-end", kind = CheckKind.FUNCTIONAL, points = 3,
        title = "join() returns after every task has run, and leaves no worker thread alive")
public final class JoinWaitsAndWorkersEnd implements CheckBody {

    private static final int TASKS = 6;

    @Override
    public void run(CheckContext context) throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        AtomicInteger done = new AtomicInteger();
        WorkerPool pool = new WorkerPool(2);
        for (int task = 0; task < TASKS; task++) {
            pool.submit(() -> {
                Pools.sleep(100);
                return done.incrementAndGet();
            });
        }
        pool.close();
        try {
            ThreadGang.start("joiner", 1, index -> pool.join()).join(Pools.BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("join() to return once the " + TASKS + " tasks have run")
                    .observed("it had not returned after " + Pools.BOUND.toSeconds() + " s; " + stuck.diagnosis())
                    .cause("join() waits for workers that never end: they wait in take() on an empty queue")
                    .revisit("tell idle workers to stop — a poison pill per worker, or an interrupt"), true);
        }
        if (done.get() != TASKS) {
            throw new CheckFailure(Feedback.expected("all " + TASKS + " tasks done when join() returns")
                    .observed(done.get() + " were done")
                    .cause("join() returns before the queued work is finished")
                    .revisit("join() waits for the worker threads to end, after they have emptied the queue"));
        }
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.getName().startsWith("grader-")
                        && !thread.getName().startsWith("joiner-"))
                .forEach(workers::add);
        List<String> alive = workers.stream().map(Thread::getName).sorted().toList();
        if (!alive.isEmpty()) {
            throw new CheckFailure(Feedback.expected("no thread of the pool alive after join()")
                    .observed("still alive: " + alive)
                    .cause("the workers are never told to stop, so they wait for tasks for ever")
                    .revisit("a pool's shutdown ends its threads: poison pills or interrupts, then join each thread"),
                    true);
        }
    }
}
