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
import java.util.HashSet;
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
        Set<Thread> ranTasks = ConcurrentHashMap.newKeySet();
        WorkerPool pool = new WorkerPool(2);
        for (int task = 0; task < TASKS; task++) {
            pool.submit(() -> {
                ranTasks.add(Thread.currentThread());
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
        Set<Thread> workers = new HashSet<>(ranTasks);
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && !isTheJdksOwn(thread)
                        && !thread.getName().startsWith("grader-") && !thread.getName().startsWith("joiner-"))
                .forEach(workers::add);
        workers.removeIf(thread -> !thread.isAlive());
        List<String> alive = workers.stream().map(Thread::getName).sorted().toList();
        if (!alive.isEmpty()) {
            throw new CheckFailure(Feedback.expected("no thread of the pool alive after join()")
                    .observed("still alive: " + alive)
                    .cause("the workers are never told to stop, so they wait for tasks for ever")
                    .revisit("a pool's shutdown ends its threads: poison pills or interrupts, then join each thread"),
                    true);
        }
    }

    /**
     * Threads the JDK starts for its own services, such as the carriers and timers that run virtual
     * threads: they outlive any pool and are not the pool's. (Virtual threads themselves are not in
     * {@link Thread#getAllStackTraces()}; the pool's are known because they ran its tasks.)
     */
    private static boolean isTheJdksOwn(Thread thread) {
        String type = thread.getClass().getName();
        return type.startsWith("jdk.internal.") || type.equals("java.util.concurrent.DelayScheduler");
    }
}
