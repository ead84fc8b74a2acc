package course.grader.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A group of platform threads, known to the feedback by a role ({@link ThreadRoles}), that start their work at the same instant (so they really
 * contend) and are joined within a bound. A thread that does not finish is diagnosed, never
 * waited for forever; threads the JVM finds deadlocked are diagnosed at once, since a deadlock
 * never resolves.
 *
 * <pre>{@code
 * ThreadGang gang = ThreadGang.start("depositor", 8, index -> account.deposit(1));
 * gang.join(Duration.ofSeconds(10));   // throws ThreadsStuckException or WorkerFailedException
 * }</pre>
 */
public final class ThreadGang {

    /** The work of one thread of the gang; {@code index} runs from 0 to size − 1. */
    @FunctionalInterface
    public interface Work {
        void run(int index) throws Exception;
    }

    /** How often a waiting join asks the JVM whether the gang is deadlocked: a deadlock never resolves. */
    private static final Duration DEADLOCK_POLL = Duration.ofMillis(100);
    /** How often a wait for a latch looks whether the gang is still there to open it. */
    private static final Duration LATCH_POLL = Duration.ofMillis(10);
    /** How long the threads of a self-contained gang must all have been waiting to count as stuck for good. */
    private static final long STALL_MILLIS = 2_000;

    private final String name;
    private final Set<Thread> aliveBefore = Thread.getAllStackTraces().keySet();
    private final List<Thread> threads;
    private final AtomicReference<WorkerFailedException> firstFailure = new AtomicReference<>();

    private ThreadGang(String name, int size, Work work) {
        this.name = name;
        CountDownLatch startSignal = new CountDownLatch(1);
        this.threads = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            int workerIndex = index;
            threads.add(ThreadRoles.newThread(() -> runWorker(startSignal, work, workerIndex), name + "-" + index));
        }
        threads.forEach(Thread::start);
        startSignal.countDown();
    }

    /** Starts {@code size} threads known as {@code name-0 … name-(size−1)}, released together. */
    public static ThreadGang start(String name, int size, Work work) {
        return new ThreadGang(name, size, work);
    }

    private void runWorker(CountDownLatch startSignal, Work work, int index) {
        try {
            startSignal.await();
            work.run(index);
        } catch (Throwable thrown) {
            firstFailure.compareAndSet(null, new WorkerFailedException(ThreadRoles.of(Thread.currentThread()), thrown));
        }
    }

    /**
     * Waits for every thread to finish, at most {@code bound} in all.
     *
     * @throws ThreadsStuckException if some thread is still running at the bound, with what it is doing
     * @throws WorkerFailedException if a thread threw, with the first exception thrown
     */
    public void join(Duration bound) throws ThreadsStuckException, WorkerFailedException, InterruptedException {
        join(bound, false);
    }

    /**
     * Like {@link #join(Duration)}, for a gang whose threads, and the threads they start, can only be
     * woken by one another: they share locks and conditions, and no other thread takes part. Once all
     * of them have been waiting (untimed, using no CPU) for {@value #STALL_MILLIS} ms, none is left
     * to wake the others (a lost wake-up, or a thread waiting for a lock it holds itself), so the join
     * ends at once, as it does for a deadlock. Virtual threads do not show in the JVM's list of
     * threads: a gang that waits for virtual threads it started to finish long work is not
     * self-contained in this sense.
     */
    public void joinSelfContained(Duration bound) throws ThreadsStuckException, WorkerFailedException,
            InterruptedException {
        join(bound, true);
    }

    private void join(Duration bound, boolean selfContained)
            throws ThreadsStuckException, WorkerFailedException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        StallWatch stall = new StallWatch();
        boolean deadlocked = false;
        boolean stalled = false;
        for (Thread thread : threads) {
            while (thread.isAlive() && !deadlocked && !stalled && System.nanoTime() < deadline) {
                thread.join(Duration.ofNanos(Math.min(DEADLOCK_POLL.toNanos(), deadline - System.nanoTime())));
                deadlocked = ThreadDiagnosis.isDeadlocked(threads);
                stalled = selfContained && stall.stalled();
            }
        }
        List<Thread> stuck = threads.stream().filter(Thread::isAlive).toList();
        if (!stuck.isEmpty()) {
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            String what = deadlocked ? "were deadlocked"
                    : stalled ? "were all waiting with none left to wake the others" : "had not finished";
            throw new ThreadsStuckException(stuck.size() + " of " + threads.size() + " '" + name + "' threads "
                    + what + " after " + waited + " ms", ThreadDiagnosis.describe(withThreadsTheyStarted(stuck)), stalled);
        }
        WorkerFailedException failure = firstFailure.get();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Tells when the unfinished threads, and the threads they started that are still in the
     * student's code, have all been waiting, using no CPU, for the stall time.
     */
    private final class StallWatch {

        private long quietSince;
        private long cpuNanos = -1;

        boolean stalled() {
            List<Thread> unfinished = new ArrayList<>(threads.stream().filter(Thread::isAlive).toList());
            unfinished.addAll(threadsTheyStarted());
            boolean allWaiting = !unfinished.isEmpty()
                    && unfinished.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING);
            long cpu = unfinished.stream().mapToLong(thread -> CpuClock.cpuTime(thread).toNanos()).sum();
            long now = System.nanoTime();
            if (!allWaiting || cpu != cpuNanos) {
                quietSince = now;
                cpuNanos = allWaiting ? cpu : -1;
                return false;
            }
            return now - quietSince >= Duration.ofMillis(STALL_MILLIS).toNanos();
        }
    }

    /**
     * Waits for a latch that only this gang's threads open, at most {@code bound}, and no longer
     * than the gang runs: once all its threads have ended without opening it (a skeleton's TODO
     * threw, say), nobody will, and the wait ends at once.
     *
     * @return whether the latch opened
     */
    public boolean await(CountDownLatch latch, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!latch.await(Math.min(LATCH_POLL.toNanos(), deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            if (threads.stream().noneMatch(Thread::isAlive) || System.nanoTime() >= deadline) {
                return latch.getCount() == 0;
            }
        }
        return true;
    }

    /**
     * Runs {@code work} in a thread of its own and returns what it threw, or null when it returned:
     * for checks about which exception an operation throws. An {@link UnsupportedOperationException}
     * — a skeleton's TODO — is rethrown, so that the check reports the method as not implemented.
     */
    public static Throwable exceptionFrom(String threadName, Work work, Duration bound)
            throws ThreadsStuckException, WorkerFailedException, InterruptedException {
        try {
            start(threadName, 1, work).join(bound);
            return null;
        } catch (WorkerFailedException failed) {
            if (failed.getCause() instanceof UnsupportedOperationException) {
                throw failed;
            }
            return failed.getCause();
        }
    }

    /** The stuck threads, then the threads started since the gang was that are still in the student's code. */
    private List<Thread> withThreadsTheyStarted(List<Thread> stuck) {
        List<Thread> involved = new ArrayList<>(stuck);
        involved.addAll(threadsTheyStarted());
        return involved;
    }

    /** The threads started since the gang was that are still in the student's code, by name. */
    private List<Thread> threadsTheyStarted() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> !aliveBefore.contains(entry.getKey()) && !threads.contains(entry.getKey()))
                .filter(entry -> StudentCode.innermostFrame(entry.getValue()).isPresent())
                .map(java.util.Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(ThreadRoles::of))
                .toList();
    }

    public List<Thread> threads() {
        return List.copyOf(threads);
    }
}
