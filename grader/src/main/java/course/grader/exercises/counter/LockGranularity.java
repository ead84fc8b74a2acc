package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.Ledger;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Neutral;
import course.grader.harness.Stopwatch;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Ten threads each compute an amount (slow, nothing shared: {@value #COMPUTE_MILLIS} ms) and
 * deposit it (the ledger takes {@value #RECORD_MILLIS} ms, inside the critical section). With the
 * lock held only around the deposit, the ten finish in about compute + 10 × record, a small multiple
 * of one deposit alone; with the lock around everything, in 10 × (compute + record).
 *
 * <p>The baseline (one computed deposit alone) is the median of three, measured in the same run;
 * the verdict is the ratio, with a threshold far from both answers, and the computations seen side
 * by side: a correct solution gets three tries. On a machine so loaded that a lone deposit takes
 * three times as long as it should, a serialised solution could come under the ratio; it still
 * never runs two computations at once, so a try in which they ran strictly one at a time fails the
 * check: ten threads released together and sleeping side by side are never that unlucky.
 */
@CheckInfo(id = "lock-granularity", kind = CheckKind.TIMING, points = 3, requires = "one-lock-per-account",
        title = "10 computed deposits at once take a small multiple of one: the computation is outside the lock")
public final class LockGranularity implements CheckBody {

    static final long COMPUTE_MILLIS = 150;
    static final long RECORD_MILLIS = 5;
    private static final int DEPOSITS = 10;
    private static final double MAX_RATIO = 4.0;
    private static final int TRIES = 3;

    @Override
    public void run(CheckContext context) throws Exception {
        Duration alone = Stopwatch.median(3, () -> computedDeposits(1, new ConcurrencyGauge()));
        double ratio = Double.NaN;
        ConcurrencyGauge computing = new ConcurrencyGauge();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            computing = new ConcurrencyGauge();
            ConcurrencyGauge gauge = computing;
            Duration together = Stopwatch.time(() -> computedDeposits(DEPOSITS, gauge));
            ratio = Stopwatch.ratio(together, alone);
            if (computing.most() > 1 && ratio <= MAX_RATIO) {
                context.measure("10 deposits / 1 deposit", ratio, "ratio");
                return;
            }
            if (computing.most() == 1) {
                break;
            }
        }
        context.measure("10 deposits / 1 deposit", ratio, "ratio");
        double ideal = (double) (COMPUTE_MILLIS + DEPOSITS * RECORD_MILLIS) / (COMPUTE_MILLIS + RECORD_MILLIS);
        throw new CheckFailure(Feedback.expected(String.format(Locale.ROOT,
                        "%d computed deposits at once to take about %.1f × one deposit alone (%d ms): computations side"
                                + " by side, ledger entries one at a time", DEPOSITS, ideal, alone.toMillis()))
                .observed(String.format(Locale.ROOT, "%.1f × one deposit alone; at most %d computation(s) ran at the same time",
                        ratio, computing.most()))
                .cause("the lock is held while the amount is computed, so the computations run one after another")
                .revisit("keep the critical section small: compute first, then lock only to change the balance"));
    }

    private static void computedDeposits(int count, ConcurrencyGauge computing) throws Exception {
        Account account = new Account(0, Neutral.as(Ledger.class, (change, balanceAfter) -> sleep(RECORD_MILLIS)));
        ThreadGang.start("payer", count, index -> account.depositComputed(Neutral.as(LongSupplier.class, () -> {
            computing.enter();
            try {
                sleep(COMPUTE_MILLIS);
                return 1;
            } finally {
                computing.exit();
            }
        }))).join(Duration.ofSeconds(30));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
