package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.Ledger;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.IdleCpu;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.grader.harness.WorkerFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Nothing but the account's own rules ends a call: deposits and reads of the balance made while
 * another thread holds the lock for a long time (its ledger entry is slow) wait and then happen,
 * none given up, an interrupted reader's neither, and none made without the lock, of whatever size.
 * The slow entry holds the lock for as long as any waiting caller could still time out (see {@link
 * WaitingThreads#whileAnyIsOnAClock}), up to {@link #HELD_AT_MOST}: callers waiting in lock() cost
 * the check a fraction of a second, and a tryLock with a time-out of seconds runs out while the
 * lock is still held. And a thread whose interrupt status is set still deposits, withdraws and
 * reads the balance (none of them declares InterruptedException), with its interrupt status kept
 * for its own code. While they wait, the waiting callers, the interrupted reader among them, use no
 * CPU ({@link IdleCpu}): a caller that loops on tryLock(), or on a lockInterruptibly() that an
 * interrupt ends at once every time round, spins for as long as the lock is held.
 */
@CheckInfo(id = "calls-wait-for-the-lock", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "Deposits wait for the lock however long another thread holds it; an interrupted caller's calls still happen")
public final class CallsWaitForTheLock implements CheckBody {

    private static final long OPENING = 100;
    /** The longest the slow ledger entry holds the lock: longer than the time-outs students give tryLock (1 to 5 s). */
    private static final Duration HELD_AT_MOST = Duration.ofSeconds(10);
    private static final long SLOW_AMOUNT = 1_000;
    /**
     * The waiting deposits, one per thread: of 1, of a random amount up to a billion and of a random
     * amount from a billion to a quadrillion, so that an account that skips the lock for amounts of
     * some size (large sums "settled in a batch") is caught whatever size it picked.
     */
    private static final List<LongSupplier> WAITING_DEPOSITS = List.of(() -> 1,
            () -> ThreadLocalRandom.current().nextLong(2, 1_000_000_000L),
            () -> ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000_000L));
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** The threads that read the balance while the slow deposit holds the lock; the second is interrupted. */
    private static final List<String> READERS = List.of("a reader", "an interrupted reader");
    private static final int INTERRUPTED_READER = 1;
    /** How long the waiting callers are watched for CPU use while the slow entry holds the lock. */
    private static final Duration WAITERS_WATCHED = Duration.ofMillis(300);

    @Override
    public void run(CheckContext context) throws Exception {
        depositsWaitForASlowHolder();
        anInterruptedCallerIsServed();
    }

    private static void depositsWaitForASlowHolder() throws Exception {
        CountDownLatch slowEntryBegun = new CountDownLatch(1);
        CountDownLatch waitersStarted = new CountDownLatch(1);
        AtomicReference<List<Thread>> waiters = new AtomicReference<>(List.of());
        AtomicBoolean slowEntryEnded = new AtomicBoolean();
        AtomicReference<IdleCpu.Measurement> waitingCost = new AtomicReference<>();
        Account account = new Account(OPENING, Neutral.as(Ledger.class, (change, after) -> {
            if (change == SLOW_AMOUNT) {
                slowEntryBegun.countDown();
                holdWhileAnyIsOnAClock(waitersStarted, waiters, waitingCost);
                slowEntryEnded.set(true);
            }
        }));
        ThreadGang holder = ThreadGang.start("slow-depositor", 1, index -> account.deposit(SLOW_AMOUNT));
        if (!holder.await(slowEntryBegun, BOUND)) {
            holder.join(BOUND);
            return;
        }
        List<Long> deposits = WAITING_DEPOSITS.stream().map(LongSupplier::getAsLong).toList();
        Set<Long> depositedWithoutTheLock = ConcurrentHashMap.newKeySet();
        ThreadGang waiting = ThreadGang.start("depositor", deposits.size(), index -> {
            account.deposit(deposits.get(index));
            if (!slowEntryEnded.get()) {
                depositedWithoutTheLock.add(deposits.get(index));
            }
        });
        Set<String> readWithoutTheLock = ConcurrentHashMap.newKeySet();
        ThreadGang readers = ThreadGang.start("reader", READERS.size(), index -> {
            if (index == INTERRUPTED_READER) {
                Thread.currentThread().interrupt();
            }
            account.balance();
            if (!slowEntryEnded.get()) {
                readWithoutTheLock.add(READERS.get(index));
            }
        });
        waiters.set(Stream.concat(waiting.threads().stream(), readers.threads().stream()).toList());
        waitersStarted.countDown();
        try {
            holder.join(HELD_AT_MOST.plus(BOUND));
            waiting.join(BOUND);
            readers.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(slowHolder().observed("the deposits had not all returned " + BOUND.toSeconds()
                            + " s after the slow one: " + stuck.diagnosis())
                    .cause("the lock is not released when the slow deposit ends")
                    .revisit("unlock in finally, once per lock"), true);
        } catch (WorkerFailedException threw) {
            throw new CheckFailure(slowHolder().observed(threw.getMessage())
                    .cause("a call gives up when the lock is not free soon enough (tryLock with a time-out) and"
                            + " throws: nothing in the account's contract lets it refuse a caller for being busy")
                    .revisit("lock() waits as long as it takes; tryLock is for callers that have something else to do"));
        }
        if (!readWithoutTheLock.isEmpty()) {
            throw new CheckFailure(Feedback.expected("balance(), called while a deposit holds the lock for a long"
                            + " time, to wait for the lock and then read")
                    .observed("balance() by " + String.join(" and by ", new TreeSet<>(readWithoutTheLock))
                            + " returned while the deposit still held the lock")
                    .cause("balance() reads the field without the lock when it cannot have the lock at once"
                            + (readWithoutTheLock.contains(READERS.get(INTERRUPTED_READER))
                                    ? " (lockInterruptibly() or tryLock gave up, and the read went ahead anyway)" : ""))
                    .revisit("a read needs the lock too: lock() waits, and a read without it may see a half-done change"
                            + " or none"));
        }
        long expected = OPENING + SLOW_AMOUNT + deposits.stream().mapToLong(Long::longValue).sum();
        long balance = account.balance();
        if (balance != expected) {
            throw new CheckFailure(slowHolder().observed("the balance was " + balance + ", not " + expected + ": "
                            + (expected - balance) + " of the waiting deposits " + deposits + " never happened,"
                            + " and no exception said so")
                    .cause("a deposit gives up when the lock is not free soon enough (tryLock with a timeout, or"
                            + " tryLock()) and returns without depositing: the caller believes the money is in")
                    .revisit("lock() waits as long as it takes; tryLock is for callers that have something else to do,"
                            + " and must say when they did not get the lock"));
        }
        if (!depositedWithoutTheLock.isEmpty()) {
            throw new CheckFailure(slowHolder().observed("deposit(" + depositedWithoutTheLock.iterator().next()
                            + ") returned while the slow deposit still held the lock")
                    .cause("deposit changes the balance without the lock for some calls (amounts of some size, or"
                            + " when the lock is not free at once): its read-modify-write can then overwrite another"
                            + " thread's change, and its ledger entry is not in the critical section of the change")
                    .revisit("critical sections: every change of the balance, whatever the amount, is made holding the"
                            + " one lock"));
        }
        IdleCpu.Measurement cost = waitingCost.get();
        if (cost != null && cost.spins()) {
            throw new CheckFailure(cost.spinningFeedback("each caller waiting for the lock (an interrupted reader among"
                            + " them)")
                    .cause("a caller that cannot have the lock at once tries again in a loop: tryLock() round and"
                            + " round, or lockInterruptibly() whose interrupt is caught, the status restored and the"
                            + " lock tried again, which throws at once every time round for an interrupted caller")
                    .revisit("lock() waits asleep until the lock is free, interrupted or not: it is the call for a"
                            + " caller that must not give up"));
        }
    }

    private static Feedback.Builder slowHolder() {
        return Feedback.expected("deposits of 1, of up to a billion and of more, made while another deposit holds the lock (its"
                + " ledger entry is slow, as long as any waiting caller is on a clock, up to " + HELD_AT_MOST.toSeconds()
                + " s), to wait and then happen");
    }

    /**
     * deposit(5), withdraw(5) and balance() by a thread whose interrupt status is set: each happens, the
     * status stays, also through a deposit whose ledger throws.
     */
    private static void anInterruptedCallerIsServed() throws Exception {
        Account account = new Account(OPENING, Neutral.as(Ledger.class, (change, after) -> { }));
        Account failing = new Account(OPENING, Neutral.as(Ledger.class, (change, after) -> {
            throw new IllegalStateException("the ledger is offline");
        }));
        AtomicReference<String> lostItsInterrupt = new AtomicReference<>();
        AtomicLong seenAfterDeposit = new AtomicLong();
        Throwable thrown = ThreadGang.exceptionFrom("interrupted-teller", index -> {
            Thread.currentThread().interrupt();
            account.deposit(5);
            seenAfterDeposit.set(account.balance());
            noteIfCleared(lostItsInterrupt, "deposit(5)");
            account.withdraw(5);
            noteIfCleared(lostItsInterrupt, "withdraw(5)");
            try {
                failing.deposit(5);
            } catch (IllegalStateException ledgerOffline) {
                noteIfCleared(lostItsInterrupt, "a deposit(5) whose ledger threw");
            }
            Thread.interrupted();
        }, BOUND);
        if (thrown != null) {
            throw new CheckFailure(interrupted().observed("a call threw " + thrown)
                    .cause("the lock is taken with lockInterruptibly() (or tryLock), which gives up on an interrupt:"
                            + " deposit, withdraw and balance declare no InterruptedException, so they must not end on one")
                    .revisit("lock() ignores interrupts and keeps the caller's interrupt status for its own code"));
        }
        if (seenAfterDeposit.get() != OPENING + 5 || account.balance() != OPENING) {
            throw new CheckFailure(interrupted().observed("the balance was " + seenAfterDeposit.get() + " after deposit(5)"
                            + " and " + account.balance() + " after withdraw(5), from " + OPENING)
                    .cause("an interrupted caller's call returns without doing its work")
                    .revisit("lock() ignores interrupts: the call happens, and the interrupt stays for the caller"));
        }
        if (lostItsInterrupt.get() != null) {
            throw new CheckFailure(interrupted().observed("after " + lostItsInterrupt.get() + " the caller's interrupt"
                            + " status was cleared")
                    .cause("the account clears the interrupt (Thread.interrupted()) that was meant for the caller's own"
                            + " code")
                    .revisit("leave a thread's interrupt status to the code that owns the thread"));
        }
    }

    private static void noteIfCleared(AtomicReference<String> lostItsInterrupt, String call) {
        if (!Thread.currentThread().isInterrupted()) {
            lostItsInterrupt.compareAndSet(null, call);
            Thread.currentThread().interrupt();
        }
    }

    private static Feedback.Builder interrupted() {
        return Feedback.expected("a thread whose interrupt status is set to deposit 5 and withdraw 5 like any other,"
                + " and to keep its interrupt status");
    }

    /**
     * In the slow ledger entry: once the waiting callers are started, measures what their waiting
     * costs, then holds the lock while any of them could time out.
     */
    private static void holdWhileAnyIsOnAClock(CountDownLatch waitersStarted, AtomicReference<List<Thread>> waiters,
                                               AtomicReference<IdleCpu.Measurement> waitingCost) {
        try {
            if (waitersStarted.await(BOUND.toNanos(), TimeUnit.NANOSECONDS)) {
                WaitingThreads.untilAsleepIn(waiters.get(), Account.class, WaitingThreads.FALLING_ASLEEP);
                waitingCost.set(IdleCpu.measure(waiters.get(), WAITERS_WATCHED));
                WaitingThreads.whileAnyIsOnAClock(waiters::get, HELD_AT_MOST);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception notMeasured) {
            // Thrown here it would leave through the student's deposit and be blamed on it: with no
            // measurement the check gives no verdict on the waiting's cost, and the rest of it stands.
            waitingCost.set(null);
        }
    }
}
