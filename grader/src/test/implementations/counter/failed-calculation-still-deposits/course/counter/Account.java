package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: the reference, but depositComputed deposits in a finally block, whatever the calculation did. */
public class Account {

    private final Lock lock = new ReentrantLock();
    private final Ledger ledger;
    private long balance;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        lock.lock();
        try {
            balance += amount;
            ledger.record(amount, balance);
        } finally {
            lock.unlock();
        }
    }

    public void withdraw(long amount) {
        lock.lock();
        try {
            if (amount > balance) {
                throw new InsufficientFundsException(amount, balance);
            }
            balance -= amount;
            ledger.record(-amount, balance);
        } finally {
            lock.unlock();
        }
    }

    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    public void depositComputed(LongSupplier amountCalculation) {
        long amount = 0;
        try {
            amount = amountCalculation.getAsLong();
        } finally {
            deposit(amount);
        }
    }
}
