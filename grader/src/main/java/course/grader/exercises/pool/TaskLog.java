package course.grader.exercises.pool;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The grader's tasks on one student pool, each recording when it starts and ends and on which
 * thread. Waits on the pool end when nothing has moved for {@link #STALL} — no task started or ended
 * while the grader waited — rather than at a fixed bound: a pool that has stopped working costs its
 * check two seconds, and the feedback says what the tasks' record shows (never taken, taken and
 * ended but the future never completed, the workers gone).
 */
final class TaskLog {

    /** How long nothing may move on the pool, while the grader waits on it, before the pool counts as stuck. */
    static final Duration STALL = Duration.ofSeconds(2);
    /**
     * How long a task the check holds (on a latch it opens when done) waits at most: far beyond any
     * check, so that a held task lets its worker go even if the check never opens the latch.
     */
    static final Duration HELD_AT_MOST = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    /** One of the grader's tasks: what has happened to it so far. */
    static final class Task<T> {
        final String name;
        final Future<T> future;
        final Probe probe;

        private Task(String name, Future<T> future, Probe probe) {
            this.name = name;
            this.future = future;
            this.probe = probe;
        }
    }

    /** What a task's body records: started, ended, on which thread, what it threw. */
    static final class Probe {
        volatile Thread ranOn;
        volatile boolean ended;
        volatile Throwable threw;

        boolean started() {
            return ranOn != null;
        }
    }

    private final WorkerPool pool;
    /** The platform threads the pool's constructor started: its workers, known before any task meets them. */
    private final Set<Thread> startedWithThePool;
    private final Set<Thread> runners = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private volatile long lastMove = System.nanoTime();

    private TaskLog(WorkerPool pool, Set<Thread> startedWithThePool) {
        this.pool = pool;
        this.startedWithThePool = Set.copyOf(startedWithThePool);
    }

    /**
     * A pool of {@code workers} made now, and its log, which knows the platform threads the pool's
     * constructor started: so that a pool whose workers all ended before they took a task is seen
     * as one whose workers are gone. (Virtual threads, and workers started later, it learns as they
     * run tasks.)
     */
    static TaskLog ofANewPool(int workers) {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        WorkerPool pool = new WorkerPool(workers);
        Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
        started.removeAll(before);
        return new TaskLog(pool, started);
    }

    /** The pool this log's tasks run on. */
    WorkerPool pool() {
        return pool;
    }

    /** Submits {@code body} as a task of this log's; submit's exception (a refusal) comes out as is. */
    <T> Task<T> submit(String name, Callable<T> body) {
        return submit(name, new Probe(), body);
    }

    /** Submits {@code body} recording into {@code probe}, which tells, even of a refused task, whether it ran. */
    <T> Task<T> submit(String name, Probe probe, Callable<T> body) {
        return new Task<>(name, pool.submit(Neutral.callable(wrap(probe, body))), probe);
    }

    /** {@code body} recording into {@code probe} and this log. */
    private <T> Callable<T> wrap(Probe probe, Callable<T> body) {
        return () -> {
            begin(probe);
            try {
                return body.call();
            } catch (Throwable thrown) {
                probe.threw = thrown;
                throw thrown;
            } finally {
                end(probe);
            }
        };
    }

    /** Runs {@code body} on the calling worker, recorded as a task of this log's: for the calls map makes. */
    <T> T run(Supplier<T> body) {
        Probe probe = new Probe();
        begin(probe);
        try {
            return body.get();
        } catch (RuntimeException | Error thrown) {
            probe.threw = thrown;
            throw thrown;
        } finally {
            end(probe);
        }
    }

    private void begin(Probe probe) {
        probe.ranOn = Thread.currentThread();
        runners.add(Thread.currentThread());
        started.incrementAndGet();
        moved();
    }

    private void end(Probe probe) {
        probe.ended = true;
        ended.incrementAndGet();
        moved();
    }

    private void moved() {
        lastMove = System.nanoTime();
    }

    int started() {
        return started.get();
    }

    int ended() {
        return ended.get();
    }

    /** The threads that have run this log's tasks: the pool's workers, as far as the tasks have met them. */
    List<Thread> runners() {
        return List.copyOf(runners);
    }

    /**
     * Whether every worker has ended — every thread the pool started and every thread that ran a
     * task: nobody is left to take what is still queued.
     */
    boolean workersGone() {
        Set<Thread> workers = new HashSet<>(startedWithThePool);
        workers.addAll(runners);
        return !workers.isEmpty() && workers.stream().noneMatch(Thread::isAlive);
    }

    /** A wait on the pool begins: the pool gets {@link #STALL} from now to move, whatever it did before. */
    private void waitBegins() {
        moved();
    }

    boolean stalled() {
        return System.nanoTime() - lastMove > STALL.toNanos();
    }

    /**
     * The task's result; its exception as an {@link ExecutionException}, as {@code get()} throws it.
     * Fails the check once the pool has been still for {@link #STALL} and the future is not done.
     */
    <T> T result(Task<T> task) throws Exception {
        waitBegins();
        while (true) {
            try {
                return task.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (stalled()) {
                    throw new CheckFailure(notDone(task), false);
                }
            }
        }
    }

    /** Feedback for a task whose future was not done after the pool had been still for {@link #STALL}. */
    private Feedback notDone(Task<?> task) {
        Feedback.Builder expected = Feedback.expected("the future of " + task.name + " to be done");
        Probe probe = task.probe;
        if (probe.ended) {
            String outcome = probe.threw == null ? "returned" : "threw " + StudentCode.describe(probe.threw);
            boolean died = !probe.ranOn.isAlive();
            return expected.observed("the task " + outcome + ", and " + STALL.toSeconds() + " s later its future was"
                            + " still not done" + (died ? "; the worker that ran it has died" : ""))
                    .cause(probe.threw instanceof Error
                            ? "the worker catches Exception, and the task threw an Error: it escaped, skipped the"
                                    + " future, and ended the worker thread"
                            : "the worker runs the task but does not put its outcome into the future")
                    .revisit("every outcome of a task — a value, an Exception, an Error (catch Throwable) — completes"
                            + " its future; FutureTask.run() does it for you");
        }
        return expected.observed("the task had not even started " + STALL.toSeconds() + " s after the pool last did"
                        + " anything (" + started() + " tasks started, " + ended() + " ended)"
                        + (workersGone() ? "; every worker of the pool has ended" : ""))
                .cause(workersGone()
                        ? "the workers are gone while tasks are still queued: a worker thread ended early (an"
                                + " exception or an interrupt stopped its loop, or close() stopped it before the queue"
                                + " was empty)"
                        : "no worker takes the task: the workers wait for something else, or never take from the"
                                + " queue")
                .revisit("workers loop take-run-take until the queue is done; a task's outcome goes into its future");
    }

    /**
     * Submits {@code tasks} tasks that each wait, at most {@link #STALL}, for all of them to have
     * started, and waits as long as the pool moves for them to meet.
     *
     * @return the most that ran at the same moment: {@code tasks} if the pool has that many workers
     *     free. Not how many started: on a single worker the tasks start one after the other, each
     *     once the one before has given up waiting, and each start counts as the pool moving.
     */
    long meet(int tasks, String name) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(tasks);
        ConcurrencyGauge atOnce = new ConcurrencyGauge();
        for (int task = 0; task < tasks; task++) {
            submit(name, () -> {
                atOnce.enter();
                try {
                    // an interrupt an earlier task left set, handed on by a pool that does not clear it, must
                    // not cut this wait short: what is measured here is how many workers are left
                    Thread.interrupted();
                    running.countDown();
                    return running.await(STALL.toMillis(), TimeUnit.MILLISECONDS);
                } finally {
                    atOnce.exit();
                }
            });
        }
        waitBegins();
        while (running.getCount() > 0 && !stalled()) {
            running.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        return atOnce.most();
    }

    /**
     * Fails the check unless {@code workers} tasks that each wait for the others to start all run
     * at once: the pool still has its {@code workers} workers after {@code event}.
     *
     * @param cause   why the pool would have lost workers to that event
     * @param revisit the concept that keeps them
     */
    void requireAllWorkersLeft(int workers, String event, String cause, String revisit) throws Exception {
        long running = meet(workers, "a task after " + event);
        if (running < workers) {
            throw new CheckFailure(Feedback.expected(workers + " tasks running at once on a pool of " + workers
                            + " after " + event)
                    .observed(running == 0 ? "no task ran any more" : "at most " + running + " ran at once: the others"
                            + " ran only after " + (running == 1 ? "it" : "they") + " had given up waiting, "
                            + STALL.toSeconds() + " s later")
                    .cause(cause)
                    .revisit(revisit));
        }
    }

    /**
     * Waits for {@code gang} (threads calling into the pool) to finish, for as long as the pool moves;
     * once it has been still for {@link #STALL} while some of the gang's threads are still inside,
     * throws the {@link ThreadsStuckException} of the gang's join, with what they are doing. A thread
     * of the gang that threw comes out as the gang's {@link course.grader.harness.WorkerFailedException}.
     */
    void await(ThreadGang gang) throws Exception {
        waitBegins();
        for (Thread thread : gang.threads()) {
            while (thread.isAlive() && !stalled()) {
                thread.join(POLL_MILLIS);
            }
        }
        gang.join(Duration.ofMillis(POLL_MILLIS));
    }

    /** Runs {@code body} in a thread of its own and waits for it as {@link #await} does. */
    void call(String threadName, ThreadGang.Work body) throws Exception {
        await(ThreadGang.start(threadName, 1, body));
    }
}
