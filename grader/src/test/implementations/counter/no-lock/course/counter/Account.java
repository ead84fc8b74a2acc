package course.counter;

import java.util.function.LongSupplier;

/** Mutant: no lock at all. */
public class Account {

    private final Ledger ledger;
    private long balance;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.ledger = ledger;
    }

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

    public void depositComputed(LongSupplier amountCalculation) {
        deposit(amountCalculation.getAsLong());
    }
}
