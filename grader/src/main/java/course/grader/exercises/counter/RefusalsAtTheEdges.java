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

/**
 * withdraw at the edges of its rule, "refused when the balance is smaller than the amount", in one
 * thread: the whole balance, a negative amount, {@code Long.MAX_VALUE}, and withdrawals from an
 * account opened overdrawn, nothing at all among them. A check of its own, so that a slip at an
 * edge costs its point and no more: the checks of the locking need only the ordinary rule.
 */
@CheckInfo(id = "refusals-at-the-edges", kind = CheckKind.FUNCTIONAL, points = 1, requires = "one-thread-keeps-the-balance",
        title = "withdraw grants the whole balance and refuses Long.MAX_VALUE, and any amount from an overdrawn account")
public final class RefusalsAtTheEdges implements CheckBody {

    private static final long OPENING = 100;
    private static final long OVERDRAWN = -10;
    private static final List<Withdrawal> EDGES = List.of(new Withdrawal(OPENING, OPENING),
            new Withdrawal(OPENING, Long.MAX_VALUE), new Withdrawal(OPENING, -5), new Withdrawal(OVERDRAWN, 0),
            new Withdrawal(OVERDRAWN, 1), new Withdrawal(OVERDRAWN, Long.MAX_VALUE));

    @Override
    public void run(CheckContext context) throws Exception {
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
