package course.grader.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A group of named platform threads that start their work at the same instant (so they really
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
            Thread thread = new Thread(() -> runWorker(startSignal, work, workerIndex), name + "-" + index);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        startSignal.countDown();
    }

    /** Starts {@code size} threads named {@code name-0 … name-(size−1)}, released together. */
    public static ThreadGang start(String name, int size, Work work) {
        return new ThreadGang(name, size, work);
    }

    private void runWorker(CountDownLatch startSignal, Work work, int index) {
        try {
            startSignal.await();
            work.run(index);
        } catch (Throwable thrown) {
            firstFailure.compareAndSet(null, new WorkerFailedException(Thread.currentThread().getName(), thrown));
        }
    }

    /**
     * Waits for every thread to finish, at most {@code bound} in all.
     *
     * @throws ThreadsStuckException if some thread is still running at the bound, with what it is doing
     * @throws WorkerFailedException if a thread threw, with the first exception thrown
     */
    public void join(Duration bound) throws ThreadsStuckException, WorkerFailedException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        boolean deadlocked = false;
        for (Thread thread : threads) {
            while (thread.isAlive() && !deadlocked && System.nanoTime() < deadline) {
                thread.join(Duration.ofNanos(Math.min(DEADLOCK_POLL.toNanos(), deadline - System.nanoTime())));
                deadlocked = ThreadDiagnosis.isDeadlocked(threads);
            }
        }
        List<Thread> stuck = threads.stream().filter(Thread::isAlive).toList();
        if (!stuck.isEmpty()) {
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            throw new ThreadsStuckException(stuck.size() + " of " + threads.size() + " '" + name + "' threads "
                    + (deadlocked ? "were deadlocked" : "had not finished") + " after " + waited + " ms",
                    ThreadDiagnosis.describe(withThreadsTheyStarted(stuck)));
        }
        WorkerFailedException failure = firstFailure.get();
        if (failure != null) {
            throw failure;
        }
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
        Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> !aliveBefore.contains(entry.getKey()) && !threads.contains(entry.getKey()))
                .filter(entry -> StudentCode.innermostFrame(entry.getValue()).isPresent())
                .map(java.util.Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(Thread::getName))
                .forEach(involved::add);
        return involved;
    }

    public List<Thread> threads() {
        return List.copyOf(threads);
    }
}
