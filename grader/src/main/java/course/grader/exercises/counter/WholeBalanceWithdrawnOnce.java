package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.InsufficientFundsException;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.PerRound;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-then-act under contention, refusals included: in each round, two to four threads try at
 * the same instant to withdraw the whole balance of a fresh account ({@value #ROUNDS} rounds with
 * two, as many with four, in a random order: see {@link PerRound}). Exactly one may succeed;
 * every other must be refused with {@code InsufficientFundsException} and leave no trace, so the
 * account ends at zero with one ledger entry.
 *
 * <p>The race is provoked, not left to luck: the threads of a round are released by a spinning
 * {@link StartingGate}, so that those on a core start within nanoseconds of each other (a barrier
 * that parks them wakes them one by one, microseconds apart, and a check-then-act window of a few
 * hundred nanoseconds then almost never opens). Many short rounds give the race its chances.
 */
@CheckInfo(id = "whole-balance-withdrawn-once", kind = CheckKind.STRESS, points = 2,
        title = "2 or 4 threads withdrawing the whole balance at once: one succeeds, the others are refused, 2 × 1 000 rounds"
                + " out of 2 × 1 000",
        timeLimitSeconds = 40)
public final class WholeBalanceWithdrawnOnce implements CheckBody {

    private static final int FEWEST_THREADS = 2;
    private static final int MOST_THREADS = 4;
    private static final int ROUNDS = 1_000;
    private static final long BALANCE = 100;
    private static final Duration BOUND = Duration.ofSeconds(15);

    @Override
    public void run(CheckContext context) throws Exception {
        for (int threads : PerRound.drawn(2, FEWEST_THREADS, MOST_THREADS)) {
            raceForTheWholeBalance(threads);
        }
    }

    /** {@value #ROUNDS} rounds of {@code threads} withdrawers at once, each round on a fresh account. */
    private static void raceForTheWholeBalance(int threads) throws Exception {
        Account[] accounts = new Account[ROUNDS];
        RecordingLedger[] ledgers = new RecordingLedger[ROUNDS];
        AtomicInteger[] successes = new AtomicInteger[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            ledgers[round] = new RecordingLedger();
            accounts[round] = new Account(BALANCE, ledgers[round]);
            successes[round] = new AtomicInteger();
        }
        long[] balances = new long[ROUNDS];
        StartingGate gate = new StartingGate(threads);
        try {
            ThreadGang.start("withdrawer", threads, index -> {
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
            // Read from a thread of its own: a lock left held by a withdrawer that has ended would hold the check.
            ThreadGang.start("auditor", 1, index -> {
                for (int round = 0; round < ROUNDS; round++) {
                    balances[round] = accounts[round].balance();
                }
            }).joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(threads + " threads withdrawing at once, and balance() after them,"
                            + " to finish within " + BOUND.toSeconds() + " s")
                    .observed(stuck.getMessage())
                    .cause("a withdrawal waits for a lock that is never released")
                    .revisit("lock(); try { … } finally { unlock(); } — finally runs on every way out"), true);
        }
        for (int round = 0; round < ROUNDS; round++) {
            long balance = balances[round];
            int succeeded = successes[round].get();
            int entries = ledgers[round].entries().size();
            if (succeeded != 1 || balance != 0 || entries != 1) {
                throw new CheckFailure(Feedback.expected("1 of " + threads + " simultaneous withdraw(" + BALANCE
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
