package course.grader.exercises.counter;

import course.counter.Account;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Jitter;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * Eight threads deposit and withdraw the same amounts on one account, many times, with jitter;
 * repeated over several rounds. Half of them deposit with depositComputed, whose write must be as
 * much one critical section as deposit's. Every deposit is matched by a withdrawal, so the balance
 * must end exactly where it began, and the ledger must tell a consistent story.
 */
@CheckInfo(id = "exact-balance", kind = CheckKind.STRESS, points = 4,
        title = "8 threads × 20 000 deposits (half of them computed) and withdrawals leave the balance exact, 5 rounds out of 5")
public final class ExactBalance implements CheckBody {

    private static final int THREADS = 8;
    private static final int PAIRS_PER_THREAD = 20_000;
    private static final int ROUNDS = 5;
    private static final long OPENING = 1_000_000;
    /** A teller deposits 1 to this much; each amount is also a calculation, made once, for computed deposits. */
    private static final int LARGEST_AMOUNT = 7;
    private static final List<LongSupplier> CALCULATIONS = LongStream.rangeClosed(1, LARGEST_AMOUNT)
            .mapToObj(amount -> Neutral.as(LongSupplier.class, () -> amount)).toList();

    @Override
    public void run(CheckContext context) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            RecordingLedger ledger = new RecordingLedger();
            Account account = new Account(OPENING, ledger);
            long start = System.nanoTime();
            ThreadGang.start("teller", THREADS, index -> {
                for (int pair = 0; pair < PAIRS_PER_THREAD; pair++) {
                    long amount = 1 + (pair + index) % LARGEST_AMOUNT;
                    if (computes(index)) {
                        account.depositComputed(CALCULATIONS.get((int) amount - 1));
                    } else {
                        account.deposit(amount);
                    }
                    Jitter.pause();
                    account.withdraw(amount);
                    Jitter.pause();
                }
            }).join(Duration.ofSeconds(30));
            context.measure("operations per second", 2.0 * THREADS * PAIRS_PER_THREAD * 1e9 / (System.nanoTime() - start), "ops/s");

            long balance = account.balance();
            if (balance != OPENING) {
                throw new CheckFailure(expectation()
                        .observed("a balance of " + balance + " in round " + round + " of " + ROUNDS + ": "
                                + Math.abs(balance - OPENING) + " went " + (balance < OPENING ? "missing" : "astray"))
                        .cause("two threads read the same old balance and both wrote back a new one, so one update"
                                + " was lost: the read-modify-write is not inside one critical section of one shared lock"
                                + " (in deposit, withdraw and depositComputed alike: depositComputed reads the balance"
                                + " nowhere but in the critical section that writes it)")
                        .revisit("critical sections: lock() before reading the balance, unlock() after writing it"));
            }
            int expectedEntries = 2 * THREADS * PAIRS_PER_THREAD;
            String inconsistency = ledger.firstInconsistency(OPENING);
            if (ledger.entries().size() != expectedEntries || inconsistency != null) {
                throw new CheckFailure(Feedback.expected("the ledger to hold " + expectedEntries
                                + " entries, each continuing from the one before")
                        .observed(ledger.entries().size() + " entries in round " + round
                                + (inconsistency == null ? "" : "; " + inconsistency))
                        .cause("an entry that does not follow from the one before: either a change was computed from"
                                + " a balance read before another thread's change, which it then overwrote (a lost update"
                                + " the opposite one hid from the final balance; depositComputed reads the balance nowhere"
                                + " but in the critical section that writes it), or the ledger is written outside the"
                                + " critical section, so entries of different threads interleave with the changes they"
                                + " describe")
                        .revisit("everything that must stay consistent with the balance goes in the same critical section"));
            }
        }
    }

    /** Whether thread {@code index} deposits with depositComputed: every second one. */
    private static boolean computes(int index) {
        return index % 2 == 1;
    }

    private static Feedback.Builder expectation() {
        return Feedback.expected("a balance of " + OPENING + " after " + THREADS + " threads each deposited (half of them"
                + " with depositComputed) and withdrew the same amounts " + PAIRS_PER_THREAD + " times");
    }
}
