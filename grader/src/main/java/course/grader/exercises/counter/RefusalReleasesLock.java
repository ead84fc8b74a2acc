package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.InsufficientFundsException;
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
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * When a critical section throws — a refused withdrawal, a ledger failing inside deposit, withdraw or
 * the deposit of depositComputed, with an exception or an Error — what was thrown reaches the caller
 * unchanged and the lock is released all the same: another thread can use the account right after.
 * (A depositComputed that tried its deposit again would hide the failure, and add the amount twice.)
 */
@CheckInfo(id = "refusal-releases-lock", kind = CheckKind.FUNCTIONAL, points = 3, requires = "one-lock-per-account",
        title = "A refused withdrawal, or a ledger failing in deposit, withdraw or depositComputed, is passed on and leaves the"
                + " lock free for other threads")
public final class RefusalReleasesLock implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(3);

    /**
     * What the ledger throws: an exception, and an Error (a failed {@code assert}), which a
     * {@code catch (RuntimeException e)} in place of {@code finally} lets through with the lock held.
     */
    private static final List<Supplier<Throwable>> LEDGER_FAILURES = List.of(
            () -> new IllegalStateException("the ledger's disk is full"),
            () -> new AssertionError("the ledger's entries do not add up"));

    @Override
    public void run(CheckContext context) throws Exception {
        RecordingLedger ledger = new RecordingLedger();
        Account account = new Account(100, ledger);
        Throwable refusal = thrownBy("overdrawer", () -> account.withdraw(150));
        if (!(refusal instanceof InsufficientFundsException)) {
            throw new CheckFailure(Feedback.expected("withdraw(150) on a balance of 100 to throw InsufficientFundsException")
                    .observed(refusal == null ? "it returned normally" : "it threw " + refusal)
                    .cause("the balance is not checked before the money is taken")
                    .revisit("check-then-act: test and change in one critical section, refuse by throwing"));
        }
        if (!ledger.entries().isEmpty()) {
            throw new CheckFailure(Feedback.expected("a refused withdrawal to record nothing in the ledger")
                    .observed("the ledger holds " + ledger.entries())
                    .cause("the change is recorded before the balance is checked")
                    .revisit("a refused operation leaves no trace"));
        }
        afterwardsAnotherThreadCanUseIt(account, "a withdrawal was refused");

        for (Supplier<Throwable> ledgerFailure : LEDGER_FAILURES) {
            requireLedgerFailurePassedOn("deposit", failing -> failing.deposit(5), ledgerFailure.get());
            requireLedgerFailurePassedOn("withdraw", failing -> failing.withdraw(5), ledgerFailure.get());
            requireLedgerFailurePassedOn("depositComputed",
                    failing -> failing.depositComputed(Neutral.as(LongSupplier.class, () -> 5L)), ledgerFailure.get());
        }
    }

    /**
     * On an account of 10 whose ledger throws {@code failure} once, the operation throws that very
     * throwable, unchanged, and frees the lock.
     */
    private static void requireLedgerFailurePassedOn(String operation, Consumer<Account> call, Throwable failure)
            throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        Account failing = new Account(10, Neutral.as(Ledger.class, (change, after) -> {
            if (broken.getAndSet(false)) {
                throwUnchecked(failure);
            }
        }));
        Throwable thrown = thrownBy(operation + "-caller", () -> call.accept(failing));
        if (thrown != failure) {
            throw new CheckFailure(Feedback.expected(operation + " to pass on, unchanged, the " + failure.getClass().getSimpleName()
                            + " the ledger throws")
                    .observed(thrown == null ? operation + " returned normally" : "it threw " + StudentCode.describe(thrown))
                    .cause(thrown != null && thrown.getCause() == failure
                            ? "the ledger's exception is wrapped in another one: the caller must get the ledger's own,"
                                    + " to know what failed"
                            : "the ledger's exception is caught and ignored, or replaced")
                    .revisit("finally releases the lock without catching the exception: it leaves the method as it came"));
        }
        afterwardsAnotherThreadCanUseIt(failing, "the ledger threw " + failure.getClass().getSimpleName() + " inside "
                + operation);
    }

    private static void throwUnchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }

    /** Runs the action in a thread of its own and returns what it threw, or null. */
    private static Throwable thrownBy(String threadName, Runnable action) throws Exception {
        try {
            return ThreadGang.exceptionFrom(threadName, index -> action.run(), BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("the operation to finish on an idle account")
                    .observed(stuck.getMessage())
                    .cause("the thread waits for a lock that nobody else holds: the lock is not reentrant, or"
                            + " is taken twice")
                    .revisit("lock once per operation, unlock in finally"), true);
        }
    }

    /**
     * After {@code event}, another thread can use the account at once (the lock is free) and
     * withdraw the whole balance that balance() reports, which must not be refused: a refusal is
     * decided from the balance under the lock, not from a copy kept beside it, which a change whose
     * ledger threw may never have brought up to date.
     */
    private static void afterwardsAnotherThreadCanUseIt(Account account, String event) throws Exception {
        long[] wholeAndLeft = new long[2];
        Throwable refusal;
        try {
            refusal = ThreadGang.exceptionFrom("whole-balance-withdrawer", index -> {
                wholeAndLeft[0] = account.balance();
                account.withdraw(wholeAndLeft[0]);
                wholeAndLeft[1] = account.balance();
            }, BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("after " + event + ", another thread to use the account at once")
                    .observed("it was still waiting after " + BOUND.toSeconds() + " s; " + stuck.diagnosis())
                    .cause("the exception left the method between lock() and unlock(), so unlock() never ran and"
                            + " the lock stays held by a thread that has moved on (a catch of Exception or"
                            + " RuntimeException that unlocks lets an Error through with the lock held)")
                    .revisit("lock(); try { … } finally { unlock(); } — finally runs on every way out"), true);
        }
        if (refusal != null || wholeAndLeft[1] != 0) {
            throw new CheckFailure(Feedback.expected("after " + event + ", withdraw(" + wholeAndLeft[0] + ") by another"
                            + " thread, with balance() at " + wholeAndLeft[0] + ", to take it all")
                    .observed(refusal != null ? "it threw " + StudentCode.describe(refusal)
                            : "it returned, and balance() is then " + wholeAndLeft[1])
                    .cause("the withdrawal was judged against something other than the balance under the lock: a copy"
                            + " kept beside it (written after unlock(), or skipped when the ledger threw) that had"
                            + " fallen behind the balance")
                    .revisit("check-then-act: read the balance you check in the same critical section that changes it"));
        }
    }
}
