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
 * withdrawal and a computed deposit change the balance and the ledger as the Javadoc says, and
 * withdrawals at the edges of the refusal rule are granted or refused as it says. The
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
    private static final List<Withdrawal> EDGES = List.of(new Withdrawal(OPENING, OPENING),
            new Withdrawal(OPENING, Long.MAX_VALUE), new Withdrawal(OPENING, -5), new Withdrawal(-10, 0), new Withdrawal(-10, 1),
            new Withdrawal(-10, Long.MAX_VALUE));

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
        for (Withdrawal edge : EDGES) {
            edge.requireKept();
        }
    }

    /**
     * A withdrawal at an edge of the rule "refused when the balance is smaller than the amount":
     * the whole balance (granted); a negative amount (granted, or refused as an illegal argument:
     * the Javadoc is silent on it, but it is not the funds that are lacking); an amount near
     * {@code Long.MAX_VALUE} (refused, where {@code balance - amount} overflows); and any amount,
     * nothing at all among them, from an overdrawn account (refused; an account may open
     * overdrawn, and one that refuses to open so is let off this case).
     */
    private record Withdrawal(long opening, long amount) {

        boolean granted() {
            return amount <= opening;
        }

        void requireKept() throws CheckFailure {
            List<String> entries = new ArrayList<>();
            Account account;
            try {
                account = new Account(opening, Neutral.as(Ledger.class, (change, after) -> entries.add(change + " → " + after)));
            } catch (IllegalArgumentException overdrawnRefused) {
                return;
            }
            boolean refused = false;
            try {
                account.withdraw(amount);
            } catch (InsufficientFundsException expected) {
                refused = true;
            } catch (IllegalArgumentException negativeRefused) {
                if (amount < 0) {
                    return;
                }
                throw negativeRefused;
            }
            List<String> ledger = granted() ? List.of(-amount + " → " + (opening - amount)) : List.of();
            long balance = granted() ? opening - amount : opening;
            if (refused == granted() || account.balance() != balance || !entries.equals(ledger)) {
                throw new CheckFailure(Feedback.expected("withdraw(" + amount + ") from a balance of " + opening + " to be "
                                + (granted() ? "granted: balance " + balance + ", ledger " + ledger
                                        : "refused with InsufficientFundsException, the balance and the ledger untouched"))
                        .observed((refused ? "it was refused" : "it was granted") + ": balance " + account.balance()
                                + ", ledger " + entries)
                        .cause(cause(refused))
                        .revisit("compare the two numbers themselves (amount > balance): it cannot overflow"));
            }
        }

        private String cause(boolean refused) {
            if (granted()) {
                return refused && amount < 0 ? "a negative amount is refused as if the money were lacking, but any"
                                + " balance covers it (an account may refuse negative amounts as an illegal argument,"
                                + " IllegalArgumentException, not as insufficient funds)"
                        : refused ? "withdrawing the whole balance is refused: the test is amount >= balance, where the"
                                + " Javadoc refuses only a balance smaller than the amount"
                        : "the balance or the ledger is not changed as withdraw's Javadoc says";
            }
            if (!refused) {
                return amount == 0 ? "a withdrawal of nothing skips the test, but the rule refuses whenever the balance"
                                + " is smaller than the amount, and an overdrawn balance is smaller than 0"
                        : amount == Long.MAX_VALUE ? "the refusal is decided by a subtraction (balance - amount < 0),"
                                + " which overflows a long for a large amount and comes out positive, so the withdrawal"
                                + " goes through"
                        : "the refusal is decided on something other than amount > balance";
            }
            return "the refusal changes the balance or writes to the ledger before it throws";
        }
    }
}
