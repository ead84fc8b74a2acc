package course.counter;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: accounts opened in odd turn lock; the others read and write the balance unguarded. */
public class Account {

    private static final AtomicLong OPENED = new AtomicLong();

    private final Lock lock = new ReentrantLock();
    private final boolean guarded = OPENED.incrementAndGet() % 2 == 1;
    private final Ledger ledger;
    private long balance;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        lockIfGuarded();
        try {
            balance += amount;
            ledger.record(amount, balance);
        } finally {
            unlockIfGuarded();
        }
    }

    public void withdraw(long amount) {
        lockIfGuarded();
        try {
            if (amount > balance) {
                throw new InsufficientFundsException(amount, balance);
            }
            balance -= amount;
            ledger.record(-amount, balance);
        } finally {
            unlockIfGuarded();
        }
    }

    public long balance() {
        lockIfGuarded();
        try {
            return balance;
        } finally {
            unlockIfGuarded();
        }
    }

    public void depositComputed(LongSupplier amountCalculation) {
        deposit(amountCalculation.getAsLong());
    }

    private void lockIfGuarded() {
        if (guarded) {
            lock.lock();
        }
    }

    private void unlockIfGuarded() {
        if (guarded) {
            lock.unlock();
        }
    }
}
