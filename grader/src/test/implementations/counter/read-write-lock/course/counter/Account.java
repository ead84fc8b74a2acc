package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

/**
 * A correct alternative: a read-write lock lets many threads read the balance at once while
 * changes stay exclusive; the withdrawal's check and change share the write lock.
 */
public class Account {

    private final ReadWriteLock locks = new ReentrantReadWriteLock();
    private final Lock reading = locks.readLock();
    private final Lock writing = locks.writeLock();
    private final Ledger ledger;
    private long balance;

    public Account(long openingBalance, Ledger ledger) {
        this.ledger = ledger;
        this.balance = openingBalance;
    }

    public void deposit(long amount) {
        change(amount);
    }

    public void withdraw(long amount) {
        writing.lock();
        try {
            if (balance < amount) {
                throw new InsufficientFundsException(amount, balance);
            }
            change(-amount);
        } finally {
            writing.unlock();
        }
    }

    public long balance() {
        reading.lock();
        try {
            return balance;
        } finally {
            reading.unlock();
        }
    }

    public void depositComputed(LongSupplier amountCalculation) {
        long amount = amountCalculation.getAsLong();
        change(amount);
    }

    /** Applies and records a change; reentrant, so withdraw may call it holding the write lock. */
    private void change(long delta) {
        writing.lock();
        try {
            balance += delta;
            ledger.record(delta, balance);
        } finally {
            writing.unlock();
        }
    }
}
