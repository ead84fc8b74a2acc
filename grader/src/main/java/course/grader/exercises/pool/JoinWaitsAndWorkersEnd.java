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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;

/**
 * Six 100 ms tasks on a pool of 2, then close() and join(): when join returns every task has run,
 * and no thread started since the pool was created is still alive. Then {@value #QUICK_ROUNDS}
 * pools of {@value #QUICK_WORKERS} run a few instant tasks each and are closed and joined at once,
 * their workers held at the very end of their threads: a worker still alive when join() returns
 * shows a join that waited for something the workers do before they end (a latch counted down, a
 * flag set), not for the threads. And a task cancelled while it is queued leaves nothing for
 * join() to wait for.
 */
@CheckInfo(id = "join-waits-and-workers-end", kind = CheckKind.FUNCTIONAL, points = 3, requires = "never-more-than-n-at-once",
        title = "join() returns after every task has run, and leaves no worker thread alive")
public final class JoinWaitsAndWorkersEnd implements CheckBody {

    /** Each task takes long enough for join() to be called while they run and wait. */
    private static final long TASK_MILLIS = 100;
    private static final int TASKS = 6;
    /** Two workers, so that three tasks queue behind each and join has work left to wait for. */
    private static final int WORKERS = 2;
    private static final int QUICK_ROUNDS = 5;
    private static final int QUICK_WORKERS = 4;
    private static final int QUICK_TASKS = 8;

    @Override
    public void run(CheckContext context) throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        for (int task = 0; task < TASKS; task++) {
            log.submit("task " + task, () -> {
                Pools.sleep(TASK_MILLIS);
                return null;
            });
        }
        log.pool().close();
        join(log, TASKS);
        if (log.ended() != TASKS) {
            throw new CheckFailure(notDone(log));
        }
        List<Thread> alive = aliveSince(before, log);
        if (!alive.isEmpty()) {
            throw new CheckFailure(Feedback.expected("no thread of the pool alive after join()")
                    .observed("still alive: " + names(alive))
                    .cause("the workers are never told to stop, so they wait for tasks for ever")
                    .revisit("a pool's shutdown ends its threads: poison pills or interrupts, then join each thread"),
                    true);
        }
        for (int round = 1; round <= QUICK_ROUNDS; round++) {
            requireNoWorkerAliveAfterAQuickJoin(round);
        }
        requireACancelledTaskLeavesNothingToWaitFor();
    }

    /**
     * A task cancelled through its Future while it is still queued will never run: join() has
     * nothing to wait for on its account, and the task's body is never called.
     */
    private static void requireACancelledTaskLeavesNothingToWaitFor() throws Exception {
        TaskLog log = TaskLog.ofANewPool(1);
        CountDownLatch release = new CountDownLatch(1);
        log.submit("a task the check holds", () -> release.await(TaskLog.HELD_AT_MOST.toNanos(), TimeUnit.NANOSECONDS));
        TaskLog.Task<Object> cancelled = log.submit("a task cancelled while queued", () -> null);
        boolean wasCancelled = cancelled.future.cancel(false);
        release.countDown();
        log.pool().close();
        try {
            log.call("joiner", index -> log.pool().join());
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("join() to return once the held task has run, the queued one having"
                            + " been cancelled through its Future" + (wasCancelled ? "" : " (cancel returned false)"))
                    .observed("join() had not returned " + TaskLog.STALL.toSeconds() + " s later; " + stuck.diagnosis())
                    .cause("join() waits for a count of tasks that each task counts down when it runs: a task cancelled"
                            + " before it started never runs its body, so the count never reaches zero")
                    .revisit(JOIN_EVERY_WORKER), true);
        }
        if (wasCancelled && cancelled.probe.started()) {
            throw new CheckFailure(Feedback.expected("a task cancelled through its Future while it was queued (cancel"
                            + " returned true) never to run")
                    .observed("it ran once the held task ahead of it had ended")
                    .cause("the worker calls every task it takes, without asking whether its Future was cancelled:"
                            + " cancel() marked the Future done, but nothing stopped the call")
                    .revisit("a Future that runs the task itself (FutureTask's run() does nothing once cancelled), or"
                            + " a worker that skips a task whose Future is done"));
        }
    }

    /**
     * A quick pool closed and joined by a thread that holds, from before the close, the monitor of
     * every worker's Thread object. A thread's very last step, once its code has returned, takes its own monitor to tell
     * its joiners it has ended; held, that step waits, and the worker stays alive. Thread.join()
     * waits on that same monitor and so lets it go while it waits: a join built on it returns as
     * before. A join that waits for anything else (a latch, a flag, a count the workers set before
     * they end) returns with every worker still alive: decided, not left to a race.
     */
    private static void requireNoWorkerAliveAfterAQuickJoin(int round) throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        TaskLog log = TaskLog.ofANewPool(QUICK_WORKERS);
        for (int task = 0; task < QUICK_TASKS; task++) {
            log.submit("quick task " + task, () -> null);
        }
        List<Thread> pool = aliveSince(before, log);
        List<Thread> aliveAtReturn = new ArrayList<>();
        try {
            log.call("joiner", index -> holdingTheEndOf(pool, 0, () -> {
                log.pool().close();
                log.pool().join();
                pool.stream().filter(Thread::isAlive).forEach(aliveAtReturn::add);
            }));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("join() to return once the workers have ended")
                    .observed("with every task done and the workers at the very end of their threads, join() had not"
                            + " returned " + TaskLog.STALL.toSeconds() + " s later; " + stuck.diagnosis())
                    .cause("join() waits for the workers some other way than Thread.join(): it looks again and again"
                            + " whether they are alive (or ended), which a thread still finishing is")
                    .revisit(JOIN_EVERY_WORKER), true);
        }
        if (!aliveAtReturn.isEmpty()) {
            throw new CheckFailure(Feedback.expected("no thread of the pool alive the moment join() returns")
                    .observed("in round " + round + " of " + QUICK_ROUNDS + " (a pool of " + QUICK_WORKERS + ", "
                            + QUICK_TASKS + " instant tasks, close(), join()), still alive when join() returned: "
                            + names(aliveAtReturn))
                    .cause("join() waits for something each worker does before it ends (a latch counted down, a flag"
                            + " set, a counter decremented), not for the threads themselves: a worker can still be"
                            + " running the rest of its code when join() returns")
                    .revisit(JOIN_EVERY_WORKER));
        }
    }

    private static final String JOIN_EVERY_WORKER = "join() calls Thread.join() on every worker: only that returns once"
            + " the thread has ended";

    /** Runs {@code body} holding the monitors of {@code threads} from {@code from} on. */
    private static void holdingTheEndOf(List<Thread> threads, int from, Action body) throws Exception {
        if (from == threads.size()) {
            body.run();
            return;
        }
        synchronized (threads.get(from)) {
            holdingTheEndOf(threads, from + 1, body);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** join() on a thread of its own, bounded by the stall detection. */
    private static void join(TaskLog log, int tasks) throws Exception {
        try {
            log.call("joiner", index -> log.pool().join());
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("join() to return once the " + tasks + " tasks have run")
                    .observed(log.ended() + " tasks had run, and join() had not returned " + TaskLog.STALL.toSeconds()
                            + " s later; " + stuck.diagnosis())
                    .cause("join() waits for workers that never end: they wait in take() on an empty queue")
                    .revisit("tell idle workers to stop — a poison pill per worker, or an interrupt"), true);
        }
    }

    /** The pool's threads still alive: those that ran its tasks, and any other started since {@code before}. */
    private static List<Thread> aliveSince(Set<Thread> before, TaskLog log) {
        Set<Thread> workers = new HashSet<>(log.runners());
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && !ThreadRoles.isTheJdksOwn(thread)
                        && !ThreadRoles.isGraders(thread))
                .forEach(workers::add);
        workers.removeIf(thread -> !thread.isAlive());
        return List.copyOf(workers);
    }

    private static List<String> names(List<Thread> threads) {
        return threads.stream().map(Neutral.function(ThreadRoles::of)).sorted().toList();
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
