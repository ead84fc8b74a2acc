package course.grader.exercises.counter;

import course.counter.Account;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * depositComputed calls its calculation exactly once and deposits what it returned, as one ledger
 * entry: on an account holding {@value #OPENING}, a calculation returning {@value #AMOUNT} leaves
 * {@value #OPENING} + {@value #AMOUNT} and the entry (+{@value #AMOUNT}, that balance). A
 * calculation that throws computed nothing: what it threw reaches the caller unchanged, and
 * nothing is deposited or recorded.
 */
@CheckInfo(id = "deposit-computed-once", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "depositComputed calls the calculation exactly once and deposits its result; a calculation that throws"
                + " deposits nothing")
public final class DepositComputedOnce implements CheckBody {

    private static final long OPENING = 10;
    private static final long AMOUNT = 7;

    @Override
    public void run(CheckContext context) throws Exception {
        RecordingLedger ledger = new RecordingLedger();
        Account account = new Account(OPENING, ledger);
        AtomicInteger calls = new AtomicInteger();
        ThreadGang.start("payer", 1, index -> account.depositComputed(Neutral.as(LongSupplier.class, () -> {
            calls.incrementAndGet();
            return AMOUNT;
        }))).join(Duration.ofSeconds(3));
        long balance = account.balance();
        List<RecordingLedger.Entry> entries = ledger.entries();
        List<RecordingLedger.Entry> expected = List.of(new RecordingLedger.Entry(AMOUNT, OPENING + AMOUNT));
        if (calls.get() != 1 || balance != OPENING + AMOUNT || !entries.equals(expected)) {
            throw new CheckFailure(Feedback.expected("depositComputed on a balance of " + OPENING + " to call a"
                            + " calculation returning " + AMOUNT + " exactly once, leaving " + (OPENING + AMOUNT)
                            + " and one ledger entry " + describe(expected))
                    .observed("the calculation was called " + calls.get() + " time" + (calls.get() == 1 ? "" : "s")
                            + ", leaving a balance of " + balance + " and the ledger entries " + describe(entries))
                    .cause(calls.get() != 1
                            ? "the amount is computed " + (calls.get() == 0 ? "never" : "again wherever it is used")
                                    + ": the calculation is slow and its Javadoc says it is called exactly once, so call"
                                    + " it once and keep its result in a local variable"
                            : "the computed amount is not deposited as one change, recorded once")
                    .revisit("compute first, outside the lock, into a local variable; then deposit that amount"));
        }
        requireAFailedCalculationDepositsNothing(account, ledger);
    }

    private static void requireAFailedCalculationDepositsNothing(Account account, RecordingLedger ledger) throws Exception {
        long before = account.balance();
        int entriesBefore = ledger.entries().size();
        IllegalStateException failure = new IllegalStateException("no exchange rate today");
        Throwable thrown = ThreadGang.exceptionFrom("payer", index -> account.depositComputed(
                Neutral.as(LongSupplier.class, () -> {
                    throw failure;
                })), Duration.ofSeconds(3));
        long after = account.balance();
        List<RecordingLedger.Entry> entries = ledger.entries();
        List<RecordingLedger.Entry> added = entries.subList(entriesBefore, entries.size());
        if (thrown != failure || after != before || !added.isEmpty()) {
            throw new CheckFailure(Feedback.expected("depositComputed with a calculation that throws "
                            + failure.getClass().getSimpleName() + " to pass that exception on, unchanged, and to"
                            + " leave the balance at " + before + " with no new ledger entry")
                    .observed((thrown == failure ? "it passed the exception on"
                            : thrown == null ? "it returned normally" : "it threw " + StudentCode.describe(thrown))
                            + ", leaving a balance of " + after + " and the new ledger entries " + describe(added))
                    .cause(added.isEmpty() && after == before
                            ? "the calculation's exception is caught, or replaced by another one"
                            : "something is deposited although nothing was computed: the deposit runs whatever the"
                                    + " calculation did (in a finally block, or with a default amount after a catch)")
                    .revisit("compute first; only a calculation that returned gives an amount to deposit, and an"
                            + " exception leaves the method as it came"));
        }
    }

    private static String describe(List<RecordingLedger.Entry> entries) {
        return entries.stream().map(entry -> "(" + (entry.change() >= 0 ? "+" : "") + entry.change() + ", "
                + entry.balanceAfter() + ")").toList().toString();
    }
}
