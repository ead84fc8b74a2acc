package course.grader.exercises.counter;

import course.counter.InsufficientFundsException;

/**
 * The account as the lesson states it, one call at a time: a deposit adds its amount, a withdrawal
 * takes it or, if the balance does not cover it, is refused with an InsufficientFundsException and
 * changes nothing, and balance() reads the balance.
 */
public final class AccountSpecification {

    private long balance;

    public void deposit(long amount) {
        balance += amount;
    }

    public void withdraw(long amount) {
        if (amount > balance) {
            throw new InsufficientFundsException(amount, balance);
        }
        balance -= amount;
    }

    public long balance() {
        return balance;
    }
}
