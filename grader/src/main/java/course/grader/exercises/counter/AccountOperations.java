package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.Ledger;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The calls the interleaving check makes on one fresh account, opened empty, whose ledger writes
 * its entries into a book that {@link #book()} reads back.
 */
public final class AccountOperations {

    private final Book ledger = new Book();
    private final Account account = new Account(0, ledger);

    @Operation
    public void deposit(long amount) {
        ThreadRoles.neutralizeCurrent();
        account.deposit(amount);
    }

    @Operation
    public void withdraw(long amount) {
        ThreadRoles.neutralizeCurrent();
        account.withdraw(amount);
    }

    @Operation
    public long balance() {
        ThreadRoles.neutralizeCurrent();
        return account.balance();
    }

    @Operation
    public String book() {
        ThreadRoles.neutralizeCurrent();
        return ledger.text();
    }

    /**
     * The ledger's entries in the order they were recorded, as text ({@code "+1=1 -1=0"}): one field,
     * so that the model checker has one step per entry to schedule, not the inside of a collection. A
     * class of its own, not a lambda: the model checker cannot trace a lambda's captured fields.
     */
    static final class Book implements Ledger {

        private String text = "";

        @Override
        public void record(long change, long balanceAfter) {
            text = (text.isEmpty() ? "" : text + " ") + (change >= 0 ? "+" : "") + change + "=" + balanceAfter;
        }

        @Override
        public String toString() {
            return Neutral.nameOf(Ledger.class, this);
        }

        String text() {
            return text;
        }
    }
}
