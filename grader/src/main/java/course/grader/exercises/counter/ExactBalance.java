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
import course.grader.harness.PerRound;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * Two to eight threads deposit and withdraw the same amounts on one account, many times, with
 * jitter; repeated over several rounds, each with a crowd of its own ({@link PerRound}) on an
 * account that one thread has used for a while first, with amounts of a scale of its own, from
 * units to trillions (so that code cannot tell a check by the age of an account, how many threads
 * share it or how large the sums are). Half of them deposit with depositComputed, whose
 * write must be as much one critical section as deposit's. Every deposit is matched by a
 * withdrawal, so the balance must end exactly where it began, and the ledger must tell a
 * consistent story.
 */
@CheckInfo(id = "exact-balance", kind = CheckKind.STRESS, points = 4,
        title = "2 to 8 threads × 20 000 deposits (half of them computed) and withdrawals leave the balance exact, 5 rounds"
                + " out of 5")
public final class ExactBalance implements CheckBody {

    private static final int FEWEST_THREADS = 2;
    private static final int MOST_THREADS = 8;
    /** The most deposit-and-withdrawal pairs one thread makes on a round's account before the crowd comes. */
    private static final int MOST_WARM_UP_PAIRS = 30_000;
    private static final int PAIRS_PER_THREAD = 20_000;
    private static final int ROUNDS = 5;
    /** The opening balance, times the round's scale: far above what the tellers ever have out at once. */
    private static final long OPENING = 1_000_000;
    /** A teller deposits 1 to this much, times the round's scale; computed deposits get each amount from a calculation. */
    private static final int LARGEST_AMOUNT = 7;
    /** A round's amounts are scaled by a power of ten up to this one: an account is right for large sums too. */
    private static final int LARGEST_SCALE_EXPONENT = 12;

    @Override
    public void run(CheckContext context) throws Exception {
        List<Integer> crowds = PerRound.drawn(ROUNDS, FEWEST_THREADS, MOST_THREADS);
        List<Integer> scaleExponents = PerRound.drawn(ROUNDS, 0, LARGEST_SCALE_EXPONENT);
        for (int round = 1; round <= ROUNDS; round++) {
            int tellers = crowds.get(round - 1);
            long scale = LongStream.range(0, scaleExponents.get(round - 1)).reduce(1, (power, ten) -> power * 10);
            List<LongSupplier> calculations = LongStream.rangeClosed(1, LARGEST_AMOUNT)
                    .mapToObj(amount -> Neutral.as(LongSupplier.class, () -> amount * scale)).toList();
            RecordingLedger ledger = new RecordingLedger();
            long opening = OPENING * scale;
            Account account = new Account(opening, ledger);
            int warmUpPairs = ThreadLocalRandom.current().nextInt(MOST_WARM_UP_PAIRS + 1);
            StartingGate crowdArrives = new StartingGate(tellers);
            long start = System.nanoTime();
            ThreadGang.start("teller", tellers, index -> {
                // The first teller has the account to itself for a while; no other thread touches it first.
                for (int pair = 0; index == 0 && pair < warmUpPairs; pair++) {
                    account.deposit(1);
                    account.withdraw(1);
                }
                crowdArrives.pass(0);
                for (int pair = 0; pair < PAIRS_PER_THREAD; pair++) {
                    int step = 1 + (pair + index) % LARGEST_AMOUNT;
                    if (computes(index)) {
                        account.depositComputed(calculations.get(step - 1));
                    } else {
                        account.deposit(step * scale);
                    }
                    Jitter.pause();
                    account.withdraw(step * scale);
                    Jitter.pause();
                }
            }).join(Duration.ofSeconds(30));
            context.measure("operations per second",
                    2.0 * tellers * PAIRS_PER_THREAD * 1e9 / (System.nanoTime() - start), "ops/s");

            long balance = account.balance();
            if (balance != opening) {
                throw new CheckFailure(expectation(opening, tellers, scale)
                        .observed("a balance of " + balance + " in round " + round + " of " + ROUNDS + ": "
                                + Math.abs(balance - opening) + " went " + (balance < opening ? "missing" : "astray"))
                        .cause("two threads read the same old balance and both wrote back a new one, so one update"
                                + " was lost: the read-modify-write is not inside one critical section of one shared lock"
                                + " (in deposit, withdraw and depositComputed alike: depositComputed reads the balance"
                                + " nowhere but in the critical section that writes it)")
                        .revisit("critical sections: lock() before reading the balance, unlock() after writing it"));
            }
            int expectedEntries = 2 * warmUpPairs + 2 * tellers * PAIRS_PER_THREAD;
            String inconsistency = ledger.firstInconsistency(opening);
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

    private static Feedback.Builder expectation(long opening, int tellers, long scale) {
        return Feedback.expected("a balance of " + opening + " after " + tellers + " threads each deposited (half of them"
                + " with depositComputed) and withdrew the same amounts (" + scale + " to " + LARGEST_AMOUNT * scale + ") "
                + PAIRS_PER_THREAD + " times");
    }
}
