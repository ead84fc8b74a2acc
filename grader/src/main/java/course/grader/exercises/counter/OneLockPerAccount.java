package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.Ledger;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadRoles;
import course.grader.harness.ThreadsStuckException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Every thread and every method of one account use the same lock. Whether they do cannot be told
 * from the bytecode (a lock made in a lambda may be made once, or once per thread), so the check
 * watches it: while one thread is inside {@code deposit}'s critical section (held there by the
 * ledger), a {@code deposit}, a {@code withdraw} and a {@code balance()} from three other threads
 * must wait for it: the first two must not reach the ledger, the last must not return. They are
 * seen waiting (their threads parked or blocked), not merely given time, so a correct account costs
 * a few milliseconds. Meanwhile a deposit on a second account goes through: the lock is the
 * account's own, not one every account shares.
 */
@CheckInfo(id = "one-lock-per-account", kind = CheckKind.FUNCTIONAL, points = 1, requires = "one-thread-keeps-the-balance",
        title = "Every thread and every method of an account wait for the same lock, which is that account's alone")
public final class OneLockPerAccount implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final String HOLDER = "holder";
    private static final String CONTENDER = "contender";
    /** What contender i does, for the feedback. */
    private static final List<String> CONTENDERS = List.of("deposit", "withdraw", "balance()");

    @Override
    public void run(CheckContext context) throws Exception {
        CountDownLatch holderInside = new CountDownLatch(1);
        CountDownLatch holderMayLeave = new CountDownLatch(1);
        Set<String> entered = ConcurrentHashMap.newKeySet();
        Account account = new Account(10, Neutral.as(Ledger.class, (change, balanceAfter) -> {
            String thread = ThreadRoles.of(Thread.currentThread());
            if (thread.startsWith(HOLDER)) {
                holderInside.countDown();
                awaitQuietly(holderMayLeave);
            } else {
                entered.add(thread);
            }
        }));
        ThreadGang holder = ThreadGang.start(HOLDER, 1, index -> account.deposit(1));
        ThreadGang contenders = null;
        try {
            if (!holder.await(holderInside, BOUND)) {
                holder.join(BOUND);
                throw new CheckFailure(Feedback.expected("deposit(1) to record its change in the ledger")
                        .observed("the ledger was not called within " + BOUND.toSeconds() + " s")
                        .cause("deposit does not record the change")
                        .revisit("every change of balance is recorded inside its critical section"));
            }
            contenders = ThreadGang.start(CONTENDER, CONTENDERS.size(), index -> {
                switch (index) {
                    case 0 -> account.deposit(1);
                    case 1 -> account.withdraw(1);
                    default -> {
                        account.balance();
                        entered.add(ThreadRoles.of(Thread.currentThread()));
                    }
                }
            });
            List<String> intruders = untilWaitingOrInside(contenders, entered);
            if (!intruders.isEmpty()) {
                boolean holderHoldsALock = holdsALock(holder.threads().get(0));
                throw new CheckFailure(Feedback.expected("while one thread is inside deposit's critical section, a"
                                + " deposit, a withdraw and a balance() from three other threads to wait for its lock")
                        .observed("the " + String.join(" and the ", intruders) + " of another thread went on (reached the"
                                + " ledger, or returned) while the first deposit was still " + (holderHoldsALock ? "inside"
                                : "recording its change, no longer holding any lock"))
                        .cause(holderHoldsALock
                                ? "they did not wait for the lock the first thread held, so they locked different"
                                        + " locks: a lock created per call (inside the method), per thread (a ThreadLocal,"
                                        + " or a lambda that makes a new lock) or per method excludes nobody"
                                : "deposit writes the ledger entry after unlock(): the entry is outside the critical"
                                        + " section of its change, so other threads change the balance before it is"
                                        + " recorded")
                        .revisit(holderHoldsALock ? "one lock guards the state, created once with the account, and every"
                                + " method of every thread locks that same one"
                                : "everything that must stay consistent with the balance goes in the same critical section"));
            }
            requireAnotherAccountFree();
        } finally {
            holderMayLeave.countDown();
        }
        holder.join(BOUND);
        contenders.join(BOUND);
    }

    /**
     * While the holder is inside the first account's critical section, a deposit on a second
     * account returns: each account has a lock of its own, so accounts do not wait for each other.
     */
    private static void requireAnotherAccountFree() throws Exception {
        Account other = new Account(0, Neutral.as(Ledger.class, (change, balanceAfter) -> { }));
        try {
            ThreadGang.start("other-account", 1, index -> other.deposit(1)).join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a deposit on a second account to go through while a thread is inside"
                            + " the first account's critical section")
                    .observed("it had not returned " + BOUND.toSeconds() + " s later: " + stuck.diagnosis())
                    .cause("the accounts share one lock (a static field, or a lock kept outside the account): every"
                            + " account of the bank waits for every other, and one slow ledger holds up them all")
                    .revisit("one lock per account: an instance field, created with the account"));
        }
    }

    /**
     * Waits until each contender is either waiting for a lock (parked or blocked on a monitor) or has
     * reached the ledger; returns the names of those that reached it.
     */
    private static List<String> untilWaitingOrInside(ThreadGang contenders, Set<String> entered)
            throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        List<String> intruders = new ArrayList<>();
        boolean settled = false;
        while (!settled && System.nanoTime() < deadline) {
            Thread.sleep(1);
            intruders = new ArrayList<>();
            settled = true;
            for (Thread contender : contenders.threads()) {
                boolean inside = entered.contains(ThreadRoles.of(contender));
                if (inside) {
                    intruders.add(CONTENDERS.get(contenders.threads().indexOf(contender)));
                }
                settled &= inside || waitsInTheAccount(contender) || contender.getState() == Thread.State.TERMINATED;
            }
        }
        return intruders;
    }

    /** Whether the thread holds a lock the JVM can see: a monitor, or a Lock built on AbstractOwnableSynchronizer. */
    private static boolean holdsALock(Thread thread) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(new long[] {thread.threadId()}, true, true)[0];
        return info == null || info.getLockedMonitors().length > 0 || info.getLockedSynchronizers().length > 0;
    }

    /** Parked or blocked on a monitor inside a method of the account: waiting for its lock. */
    private static boolean waitsInTheAccount(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.BLOCKED)
                && StudentCode.innermostFrame(thread.getStackTrace()).isPresent();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
