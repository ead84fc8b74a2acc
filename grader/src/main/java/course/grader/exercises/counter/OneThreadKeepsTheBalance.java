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
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The account's work in one thread, before any concurrency: deposits, a withdrawal, a refused
 * withdrawal and a computed deposit change the balance and the ledger as the Javadoc says. The
 * checks that look at how the account is locked require this one: a lock around an account that
 * keeps no balance guards nothing.
 */
@CheckInfo(id = "one-thread-keeps-the-balance", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "In one thread, deposit, withdraw (and its refusal) and depositComputed keep the balance and the ledger")
public final class OneThreadKeepsTheBalance implements CheckBody {

    private static final long OPENING = 100;
    private static final long DEPOSIT = 5;
    private static final long WITHDRAWAL = 30;
    private static final long TOO_MUCH = 1_000;
    private static final long COMPUTED = 7;

    @Override
    public void run(CheckContext context) throws Exception {
        List<String> entries = new ArrayList<>();
        Account account = new Account(OPENING, Neutral.as(Ledger.class,
                (change, after) -> entries.add(change + " → " + after)));
        account.deposit(DEPOSIT);
        account.withdraw(WITHDRAWAL);
        boolean refused = false;
        try {
            account.withdraw(TOO_MUCH);
        } catch (InsufficientFundsException expected) {
            refused = true;
        }
        account.depositComputed(Neutral.as(LongSupplier.class, () -> COMPUTED));
        long balance = OPENING + DEPOSIT - WITHDRAWAL + COMPUTED;
        List<String> ledger = List.of(DEPOSIT + " → " + (OPENING + DEPOSIT),
                -WITHDRAWAL + " → " + (OPENING + DEPOSIT - WITHDRAWAL), COMPUTED + " → " + balance);
        if (!refused || account.balance() != balance || !entries.equals(ledger)) {
            throw new CheckFailure(Feedback.expected("from " + OPENING + ": deposit(" + DEPOSIT + "), withdraw(" + WITHDRAWAL
                            + "), withdraw(" + TOO_MUCH + ") refused with InsufficientFundsException, depositComputed(→ "
                            + COMPUTED + "): balance " + balance + ", ledger " + ledger)
                    .observed("balance " + account.balance() + ", ledger " + entries + (refused ? ""
                            : ", and withdraw(" + TOO_MUCH + ") was not refused"))
                    .cause("a method does not change the balance, or the ledger, as its Javadoc says")
                    .revisit("the Javadoc of each method: what it changes, what it records, when it throws"));
        }
    }
}
