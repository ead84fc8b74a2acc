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
 * Visibility of clear(): the boss sets the event, finds which of its locks and monitors (found
 * wherever the event keeps them) isSet() waits for, and holds that one (all of them, if isSet()
 * waits for none alone) while a worker calls clear(). A clear() that lowers the flag under the
 * readers' lock stops at it; one that returns meanwhile wrote without it (or under another lock,
 * which orders nothing for the readers), and if what it wrote is a plain field,
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
    /** The CPU time a call still running at the bound must have used to count as spinning: a quarter of the bound (a waiting one uses none). */
    private static final Duration SPINNING_CPU = BOUND.dividedBy(4);

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
                        .observed("clear() returned while another thread held the lock isSet() waits for (every lock of the"
                                + " event, if it waits for none alone), and changed "
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

    /** What a call did while the boss held some of the event's locks. */
    private enum Seen { STOPPED_AT_THE_LOCKS, RETURNED, UNDECIDED }

    /**
     * One clear() on a set event while the boss holds the lock that isSet() waits for (all of them
     * when isSet() waits for none alone): the plain places it changed (none if it stopped at the
     * lock), or empty when this attempt could not tell, on a loaded machine. Holding only the lock
     * that readers take keeps a decoy from stopping clear(): a clear() that passes through another
     * lock first, or writes under another lock than the readers', orders its write before nothing
     * they do.
     */
    private static Optional<List<String>> plainWritesOfAClear() throws Exception {
        Event event = new Event();
        event.set();
        StudentLocks guard = theLockIsSetWaitsFor(event, StudentLocks.of(event));
        PlainState before = PlainState.of(event);
        return switch (whileHolding(guard, "clear()", event::clear)) {
            case UNDECIDED -> Optional.empty();
            case STOPPED_AT_THE_LOCKS -> Optional.of(List.of());
            case RETURNED -> Optional.of(before.changedIn(PlainState.of(event)).stream()
                    .map(place -> "'" + place + "'").toList());
        };
    }

    /** The first of the event's locks, held alone, at which isSet() stops; all of them if none. */
    private static StudentLocks theLockIsSetWaitsFor(Event event, StudentLocks all) throws Exception {
        for (StudentLocks alone : all.eachAlone()) {
            if (whileHolding(alone, "isSet()", event::isSet) == Seen.STOPPED_AT_THE_LOCKS) {
                return alone;
            }
        }
        return all;
    }

    /** Calls {@code call} in a thread of its own while the boss holds {@code locks}: whether it stopped at them or returned. */
    private static Seen whileHolding(StudentLocks locks, String named, Runnable call) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ThreadGang boss = ThreadGang.start("boss", 1, index -> locks.holding(() -> {
            held.countDown();
            release.await(BOUND.toMillis() * 2, TimeUnit.MILLISECONDS);
        }));
        try {
            if (!boss.await(held, BOUND)) {
                requireTheLocksFree(boss.threads().get(0));
                return Seen.UNDECIDED;
            }
            AtomicBoolean calling = new AtomicBoolean();
            Thread caller = ThreadGang.start("worker", 1, index -> {
                calling.set(true);
                call.run();
            }).threads().get(0);
            long deadline = System.nanoTime() + BOUND.toNanos();
            int pollsStopped = 0;
            while (caller.getState() != Thread.State.TERMINATED && pollsStopped < POLLS_TO_BE_STOPPED) {
                if (System.nanoTime() >= deadline) {
                    requireNotSpinning(caller, named);
                    return Seen.UNDECIDED;
                }
                pollsStopped = calling.get() && stoppedInTheStudentsCode(caller) ? pollsStopped + 1 : 0;
                Thread.sleep(POLL);
            }
            return caller.getState() == Thread.State.TERMINATED ? Seen.RETURNED : Seen.STOPPED_AT_THE_LOCKS;
        } finally {
            release.countDown();
            try {
                boss.join(BOUND);
            } catch (ThreadsStuckException stuck) {
                // the boss only waits for its own release; nothing of the student's holds it
            }
        }
    }

    /**
     * A call still running in the student's code when the bound is up, having burnt most of it
     * on the CPU, neither waits at the held lock nor returned: it spins until the lock looks free
     * (tryLock() round and round, or watching isLocked()), and what it writes then is not decided
     * by timing. That alone fails: it waits for a lock by burning a core.
     */
    private static void requireNotSpinning(Thread worker, String named) throws CheckFailure {
        Duration cpu = CpuClock.cpuTime(worker);
        if (worker.getState() == Thread.State.RUNNABLE && StudentCode.innermostFrame(worker.getStackTrace()).isPresent()
                && cpu.compareTo(SPINNING_CPU) >= 0) {
            throw new CheckFailure(Feedback.expected(named + ", called while another thread holds the event's lock, to"
                            + " wait for the lock asleep (or to use a volatile field and return)")
                    .observed(String.format(Locale.ROOT, "after %d s it was still running in %s, and had used %.1f s"
                                    + " of CPU time", BOUND.toSeconds(),
                            StudentCode.describe(StudentCode.innermostFrame(worker.getStackTrace()).orElseThrow()),
                            cpu.toNanos() / 1e9))
                    .cause(named + " waits for the lock by trying again and again (tryLock() in a loop, or watching"
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
