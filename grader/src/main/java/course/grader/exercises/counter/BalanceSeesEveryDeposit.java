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
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;

/**
 * Visibility: a thread that keeps asking {@code balance()} sees a deposit another thread made. The
 * reader polls in a tight loop long enough for the JIT compiler to compile it; a plain read of a
 * field that is neither read under the lock nor {@code volatile} may then be hoisted out of the
 * loop (the Java memory model allows it: nothing orders the read after the other thread's write),
 * and the reader never sees the deposit. Under the lock, or from a volatile field, it sees it at
 * once. The verdict waits for the deposit to finish, then gives the reader a bound far above any
 * scheduling delay.
 */
@CheckInfo(id = "balance-sees-every-deposit", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "A thread polling balance() sees another thread's deposit", timeLimitSeconds = 20)
public final class BalanceSeesEveryDeposit implements CheckBody {

    /** How long the reader polls before the deposit: ample for the JIT to compile its loop. */
    private static final Duration WARM_UP = Duration.ofMillis(400);
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Override
    public void run(CheckContext context) throws Exception {
        Account account = new Account(0, Neutral.as(Ledger.class, (change, balanceAfter) -> { }));
        ThreadGang reader = ThreadGang.start("reader", 1, index -> {
            while (account.balance() == 0) {
                // polls: the loop under test
            }
        });
        Thread.sleep(WARM_UP);
        ThreadGang.start("depositor", 1, index -> account.deposit(1)).join(BOUND);
        try {
            reader.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a thread calling balance() in a loop to see a deposit another"
                            + " thread made")
                    .observed("the deposit had finished, and " + BOUND.toSeconds() + " s later the reader still saw a"
                            + " balance of 0")
                    .cause("balance() reads the field without the lock and the field is not volatile: nothing makes"
                            + " the other thread's write visible, and the compiled loop read the field once and kept"
                            + " the old value")
                    .revisit("visibility: a read needs the same lock as the write (or a volatile field) to be"
                            + " guaranteed to see it"), true);
        }
    }
}
