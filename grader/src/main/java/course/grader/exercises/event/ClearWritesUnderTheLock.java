package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.api.NotDecidableHere;
import course.grader.harness.BlockingWaits;
import course.grader.harness.CpuClock;
import course.grader.harness.PlainState;
import course.grader.harness.StudentCode;
import course.grader.harness.StudentLocks;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Visibility of clear(): the boss sets the event, then holds every lock and monitor of it (found in
 * its fields) while a worker calls clear(). A clear() that lowers the flag under the lock stops at
 * the lock; one that returns meanwhile wrote without it, and if what it wrote is a plain field,
 * nothing orders that write before what the clearing thread does next: another thread it tells
 * "cleared" may still see isSet() true (the Java memory model allows it; x86 shows it a few times
 * in a million, too seldom to provoke, so the check looks at the cause instead). A clear() that
 * writes only volatile fields (or atomics) without the lock is correct.
 */
@CheckInfo(id = "clear-writes-under-the-lock", kind = CheckKind.FUNCTIONAL, points = 1, requires = "set-before-await-does-not-block",
        title = "clear() lowers the flag under the lock (or in a volatile field), so that other threads see it")
public final class ClearWritesUnderTheLock implements CheckBody {

    /** How long the boss may take to get hold of the event's locks, and a stopped clear() to get going again. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    /** How often the boss looks whether clear() has stopped at the held locks or returned. */
    private static final Duration POLL = Duration.ofMillis(1);
    /**
     * How many polls in a row clear() must have been seen waiting in the student's code to count as
     * stopped at a held lock: a thread that has only been started, or is still parked in the gang's
     * start signal, waits too, but outside the student's code.
     */
    private static final int POLLS_TO_BE_STOPPED = 10;
    /** Attempts that could not tell (the machine too loaded to start the threads in time) before giving up without a verdict. */
    private static final int ATTEMPTS = 4;
    /** The CPU time a clear() still running at the bound must have used to count as spinning: half the bound. */
    private static final Duration SPINNING_CPU = BOUND.dividedBy(2);

    @Override
    public void run(CheckContext context) throws Exception {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<List<String>> plainWrites = plainWritesOfAClear();
            if (plainWrites.isEmpty()) {
                continue;
            }
            if (!plainWrites.get().isEmpty()) {
                throw new CheckFailure(Feedback.expected("clear() to lower the flag under the event's lock (or in a"
                                + " volatile field), so that a thread told that clear() has returned sees isSet() false")
                        .observed("clear() returned while another thread held every lock of the event, and changed "
                                + String.join(", ", plainWrites.get()) + ", which "
                                + (plainWrites.get().size() == 1 ? "is" : "are") + " not volatile (nor an atomic's)")
                        .cause("clear() writes the flag without the lock, and the field is not volatile: without the"
                                + " lock's unlock (or a volatile write) nothing orders that write before what the clearing"
                                + " thread does next, so another thread it hands over to may still see the flag raised,"
                                + " and a worker arriving then returns from await() at once")
                        .revisit("visibility and happens-before: write shared state under the same lock that reads it"
                                + " (or make it volatile); that a write is a single instruction does not make it visible"));
            }
            return;
        }
        throw new NotDecidableHere("in " + ATTEMPTS + " attempts, this machine was too busy to start a thread calling"
                + " clear() and see it either return or wait at the event's lock within " + BOUND.toSeconds() + " s");
    }

    /**
     * One clear() on a set event while the boss holds its locks: the plain fields it changed (none if
     * it stopped at the locks), or empty when this attempt could not tell — the boss could not take
     * the locks, or the clearer had not got going, within the bound on a loaded machine.
     */
    private static Optional<List<String>> plainWritesOfAClear() throws Exception {
        Event event = new Event();
        event.set();
        PlainState before = PlainState.of(event);
        StudentLocks locks = StudentLocks.of(event);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ThreadGang boss = ThreadGang.start("boss", 1, index -> locks.holding(() -> {
            held.countDown();
            release.await(BOUND.toMillis() * 2, TimeUnit.MILLISECONDS);
        }));
        Optional<List<String>> plainWrites = Optional.empty();
        try {
            if (!boss.await(held, BOUND)) {
                requireTheLocksFree(boss.threads().get(0));
                return Optional.empty();
            }
            AtomicBoolean calling = new AtomicBoolean();
            ThreadGang clearer = ThreadGang.start("worker", 1, index -> {
                calling.set(true);
                event.clear();
            });
            Thread worker = clearer.threads().get(0);
            long deadline = System.nanoTime() + BOUND.toNanos();
            int pollsStopped = 0;
            while (worker.getState() != Thread.State.TERMINATED && pollsStopped < POLLS_TO_BE_STOPPED) {
                if (System.nanoTime() >= deadline) {
                    requireNotSpinning(worker);
                    return Optional.empty();
                }
                pollsStopped = calling.get() && stoppedInTheStudentsCode(worker) ? pollsStopped + 1 : 0;
                Thread.sleep(POLL);
            }
            // stopped at a lock the boss holds: clear() writes under the lock
            plainWrites = Optional.of(worker.getState() == Thread.State.TERMINATED ? before.changedIn(PlainState.of(event)).stream().map(place -> "'" + place + "'").toList()
                    : List.of());
        } finally {
            release.countDown();
            try {
                boss.join(BOUND);
            } catch (ThreadsStuckException stuck) {
                // the boss only waits for its own release; nothing of the student's holds it
            }
        }
        return plainWrites;
    }

    /**
     * A clear() still running in the student's code when the bound is up, having burnt most of it
     * on the CPU, neither waits at the held lock nor returned: it spins until the lock looks free
     * (tryLock() round and round, or watching isLocked()), and what it writes then is not decided
     * by timing. That alone fails: it waits for a lock by burning a core.
     */
    private static void requireNotSpinning(Thread worker) throws CheckFailure {
        Duration cpu = CpuClock.cpuTime(worker);
        if (worker.getState() == Thread.State.RUNNABLE && StudentCode.innermostFrame(worker.getStackTrace()).isPresent()
                && cpu.compareTo(SPINNING_CPU) >= 0) {
            throw new CheckFailure(Feedback.expected("clear(), called while another thread holds the event's lock, to"
                            + " wait for the lock asleep (or to write a volatile field and return)")
                    .observed(String.format(Locale.ROOT, "after %d s it was still running in %s, and had used %.1f s"
                                    + " of CPU time", BOUND.toSeconds(),
                            StudentCode.describe(StudentCode.innermostFrame(worker.getStackTrace()).orElseThrow()),
                            cpu.toNanos() / 1e9))
                    .cause("clear() waits for the lock by trying again and again (tryLock() in a loop, or watching"
                            + " whether the lock is taken) instead of lock(), which sleeps until the lock is free")
                    .revisit("lock() waits without using the CPU; and the write it guards is visible to the next"
                            + " thread that takes the lock"));
        }
    }

    /**
     * The boss could not take the locks of a new event, set and left alone: if it waits for one of
     * them, another thread holds it while nobody uses the event, and what the event's methods do
     * cannot be told (a thread of the student's that keeps a lock of the event for ever, so that this
     * check gives no verdict, fails it). A boss still running was only slow.
     */
    private static void requireTheLocksFree(Thread boss) throws CheckFailure {
        if (BlockingWaits.sleepOf(boss) == BlockingWaits.Sleep.ENTERING_A_LOCK) {
            throw new CheckFailure(Feedback.expected("the locks of a new event, set and then left alone, to be free")
                    .observed("another thread still held one of them " + BOUND.toSeconds() + " s later: "
                            + BlockingWaits.waitingIn(boss))
                    .cause("a thread of your code keeps a lock (or monitor) of the event while nobody uses the"
                            + " event: a lock is held only for the few steps of a critical section")
                    .revisit("critical sections: take the lock, change the state, release it in finally; no thread"
                            + " keeps it in between"));
        }
    }

    /** Whether {@code thread} waits (for a lock, a condition, a sleep) inside the student's code. */
    private static boolean stoppedInTheStudentsCode(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && StudentCode.innermostFrame(thread.getStackTrace()).isPresent();
    }
}
