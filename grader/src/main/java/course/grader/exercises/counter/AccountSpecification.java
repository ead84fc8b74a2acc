package course.grader.exercises.counter;

import course.counter.InsufficientFundsException;

/**
 * The account as the lesson states it, one call at a time: a deposit adds its amount, a withdrawal
 * takes it or, if the balance does not cover it, is refused with an InsufficientFundsException and
 * changes nothing, balance() reads the balance, and every change writes one entry (the change, the
 * balance right after it) to the ledger, in the order of the changes.
 */
public final class AccountSpecification {

    private final AccountOperations.Book ledger = new AccountOperations.Book();
    private long balance;

    public void deposit(long amount) {
        balance += amount;
        ledger.record(amount, balance);
    }

    public void withdraw(long amount) {
        if (amount > balance) {
            throw new InsufficientFundsException(amount, balance);
        }
        balance -= amount;
        ledger.record(-amount, balance);
    }

    public long balance() {
        return balance;
    }

    public String book() {
        return ledger.text();
    }
}
