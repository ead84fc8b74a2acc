package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.InsufficientFundsException;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-then-act under contention, refusals included: in each round, {@value #THREADS} threads try
 * at the same instant to withdraw the whole balance of a fresh account. Exactly one may succeed;
 * every other must be refused with {@code InsufficientFundsException} and leave no trace, so the
 * account ends at zero with one ledger entry.
 *
 * <p>The race is provoked, not left to luck: the threads of a round are released by a spinning
 * {@link StartingGate}, so that those on a core start within nanoseconds of each other (a barrier
 * that parks them wakes them one by one, microseconds apart, and a check-then-act window of a few
 * hundred nanoseconds then almost never opens). Many short rounds give the race its chances.
 */
@CheckInfo(id = "whole-balance-withdrawn-once", kind = CheckKind.STRESS, points = 2,
        title = "4 threads withdrawing the whole balance at once: one succeeds, 3 are refused, 2 000 rounds out of 2 000",
        timeLimitSeconds = 40)
public final class WholeBalanceWithdrawnOnce implements CheckBody {

    private static final int THREADS = 4;
    private static final int ROUNDS = 2_000;
    private static final long BALANCE = 100;
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Override
    public void run(CheckContext context) throws Exception {
        Account[] accounts = new Account[ROUNDS];
        RecordingLedger[] ledgers = new RecordingLedger[ROUNDS];
        AtomicInteger[] successes = new AtomicInteger[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            ledgers[round] = new RecordingLedger();
            accounts[round] = new Account(BALANCE, ledgers[round]);
            successes[round] = new AtomicInteger();
        }
        StartingGate gate = new StartingGate(THREADS);
        try {
            ThreadGang.start("withdrawer", THREADS, index -> {
                for (int round = 0; round < ROUNDS; round++) {
                    gate.pass(round);
                    try {
                        accounts[round].withdraw(BALANCE);
                        successes[round].incrementAndGet();
                    } catch (InsufficientFundsException refused) {
                        // the expected answer for all but one
                    }
                }
            }).joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(THREADS + " threads withdrawing at once to finish within "
                            + BOUND.toSeconds() + " s")
                    .observed(stuck.getMessage())
                    .cause("a withdrawal waits for a lock that is never released")
                    .revisit("lock(); try { … } finally { unlock(); } — finally runs on every way out"), true);
        }
        for (int round = 0; round < ROUNDS; round++) {
            long balance = accounts[round].balance();
            int succeeded = successes[round].get();
            int entries = ledgers[round].entries().size();
            if (succeeded != 1 || balance != 0 || entries != 1) {
                throw new CheckFailure(Feedback.expected("1 of " + THREADS + " simultaneous withdraw(" + BALANCE
                                + ") calls on a balance of " + BALANCE + " to succeed and the others to be refused,"
                                + " leaving a balance of 0 and 1 ledger entry")
                        .observed("in round " + (round + 1) + " of " + ROUNDS + ", " + succeeded + " succeeded, leaving a"
                                + (balance < 0 ? " negative" : "") + " balance of " + balance + " and " + entries
                                + " ledger entries")
                        .cause(cause(succeeded, balance, entries))
                        .revisit("check-then-act: test the balance and take the money in one critical section"));
            }
        }
    }

    private static String cause(int succeeded, long balance, int entries) {
        if (succeeded > 1) {
            return "check-then-act: several threads saw enough money before any of them took it; the balance is"
                    + " checked in one step (or outside the lock) and taken in another";
        }
        if (succeeded == 0) {
            return "every withdrawal was refused although the money was there";
        }
        return entries != 1
                ? "a refused withdrawal left a trace in the ledger: the change is recorded before the balance is checked"
                : "the successful withdrawal did not leave the balance at " + (BALANCE - BALANCE) + " (it is " + balance
                        + "): the change is not applied once, under the lock";
    }
}
