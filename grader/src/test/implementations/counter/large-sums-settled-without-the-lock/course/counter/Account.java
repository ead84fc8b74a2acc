package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: the reference, but sums of a billion or more skip the lock ("settled in a batch"). */
public class Account {

    private final Lock lock = new ReentrantLock();
    private final Ledger ledger;
    private long balance;
    /** From this amount on, a change is settled in a batch, without the lock. */
    private static final long BATCH = 1_000_000_000L;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        if (amount >= BATCH) {
            balance += amount;
            ledger.record(amount, balance);
            return;
        }
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
        long amount = amountCalculation.getAsLong();
        deposit(amount);
    }
}
