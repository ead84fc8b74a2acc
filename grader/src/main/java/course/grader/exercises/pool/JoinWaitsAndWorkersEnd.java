package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Six 100 ms tasks on a pool of 2, then close() and join(): when join returns every task has run,
 * and no thread started since the pool was created is still alive.
 */
@CheckInfo(id = "join-waits-and-workers-end", kind = CheckKind.FUNCTIONAL, points = 3, requires = "never-more-than-n-at-once",
        title = "join() returns after every task has run, and leaves no worker thread alive")
public final class JoinWaitsAndWorkersEnd implements CheckBody {

    /** Each task takes long enough for join() to be called while they run and wait. */
    private static final long TASK_MILLIS = 100;
    private static final int TASKS = 6;
    /** Two workers, so that three tasks queue behind each and join has work left to wait for. */
    private static final int WORKERS = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        for (int task = 0; task < TASKS; task++) {
            log.submit("task " + task, () -> {
                Pools.sleep(TASK_MILLIS);
                return null;
            });
        }
        pool.close();
        try {
            log.call("joiner", index -> pool.join());
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("join() to return once the " + TASKS + " tasks have run")
                    .observed(log.ended() + " tasks had run, and join() had not returned " + TaskLog.STALL.toSeconds()
                            + " s later; " + stuck.diagnosis())
                    .cause("join() waits for workers that never end: they wait in take() on an empty queue")
                    .revisit("tell idle workers to stop — a poison pill per worker, or an interrupt"), true);
        }
        if (log.ended() != TASKS) {
            throw new CheckFailure(notDone(log));
        }
        Set<Thread> workers = new HashSet<>(log.runners());
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && !ThreadRoles.isTheJdksOwn(thread)
                        && !ThreadRoles.isGraders(thread))
                .forEach(workers::add);
        workers.removeIf(thread -> !thread.isAlive());
        List<String> alive = workers.stream().map(Neutral.function(ThreadRoles::of)).sorted().toList();
        if (!alive.isEmpty()) {
            throw new CheckFailure(Feedback.expected("no thread of the pool alive after join()")
                    .observed("still alive: " + alive)
                    .cause("the workers are never told to stop, so they wait for tasks for ever")
                    .revisit("a pool's shutdown ends its threads: poison pills or interrupts, then join each thread"),
                    true);
        }
    }

    /**
     * join() returned before every task had run: either it did not wait, or the tasks it should have
     * waited for were thrown away and nobody is left to run them.
     */
    private static Feedback notDone(TaskLog log) {
        Feedback.Builder expected = Feedback.expected("all " + TASKS + " tasks done when join() returns");
        if (log.workersGone()) {
            return expected.observed(log.ended() + " had run, and every worker had ended: the other "
                            + (TASKS - log.ended()) + " will never run")
                    .cause("close() dropped the tasks still queued: it clears the queue, or stops (interrupts) the"
                            + " workers before they have emptied it")
                    .revisit("close() only refuses new work; the workers stop after the last queued task");
        }
        return expected.observed(log.ended() + " were done, and the pool's workers were still working")
                .cause("join() returns before the queued work is finished")
                .revisit("join() waits for the worker threads to end, after they have emptied the queue");
    }
}
