package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Keeps no balance: balance() is always the opening balance; changes are recorded and forgotten. */
public class Account {
    private final Lock lock = new ReentrantLock();
    private final long opening;
    private final Ledger ledger;

    public Account(long openingBalance, Ledger ledger) {
        this.opening = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        lock.lock();
        try {
            ledger.record(amount, opening);
        } finally {
            lock.unlock();
        }
    }

    public void withdraw(long amount) {
        lock.lock();
        try {
            if (amount > opening) {
                throw new InsufficientFundsException(amount, opening);
            }
            ledger.record(-amount, opening);
        } finally {
            lock.unlock();
        }
    }

    public long balance() {
        lock.lock();
        try {
            return opening;
        } finally {
            lock.unlock();
        }
    }

    public void depositComputed(LongSupplier amountCalculation) {
        long amount = amountCalculation.getAsLong();
        deposit(amount);
    }
}
