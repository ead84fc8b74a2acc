package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.Ledger;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.Visibility;

/**
 * Visibility: a thread that keeps asking {@code balance()} sees a deposit another thread made
 * ({@link Visibility}: the loop is compiled before the deposit, so a read that nothing orders after
 * the write may never see it).
 */
@CheckInfo(id = "balance-sees-every-deposit", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "A thread polling balance() sees another thread's deposit", timeLimitSeconds = 20)
public final class BalanceSeesEveryDeposit implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        Account account = new Account(0, Neutral.as(Ledger.class, (change, balanceAfter) -> { }));
        boolean seen = Visibility.pollerSees(account::balance, 0,
                () -> ThreadGang.start("depositor", 1, index -> account.deposit(1)).join(Visibility.BOUND));
        if (!seen) {
            throw Visibility.neverSeen("a thread calling balance() in a loop to see a deposit another thread made",
                    "the deposit had finished, and " + Visibility.BOUND.toSeconds() + " s later the reader still saw a"
                            + " balance of 0", "balance()", "the balance", "lock() around the read, as around the write");
        }
    }
}
