package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Mutant: depositComputed reads the balance, computes outside the lock, and then writes what it
 * read plus the amount: whatever another thread changed in between is lost.
 */
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
        long before = balance();
        long amount = amountCalculation.getAsLong();
        lock.lock();
        try {
            balance = before + amount;
            ledger.record(amount, balance);
        } finally {
            lock.unlock();
        }
    }
}
