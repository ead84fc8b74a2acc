package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: one lock per thread, made inside a lambda, so threads never exclude each other. */
public class Account {

    private final ThreadLocal<Lock> locks = ThreadLocal.withInitial(() -> new ReentrantLock());
    private final Ledger ledger;
    private long balance;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        locks.get().lock();
        try {
            balance += amount;
            ledger.record(amount, balance);
        } finally {
            locks.get().unlock();
        }
    }

    public void withdraw(long amount) {
        locks.get().lock();
        try {
            if (balance < amount) {
                throw new InsufficientFundsException(amount, balance);
            }
            balance -= amount;
            ledger.record(-amount, balance);
        } finally {
            locks.get().unlock();
        }
    }

    public long balance() {
        locks.get().lock();
        try {
            return balance;
        } finally {
            locks.get().unlock();
        }
    }

    public void depositComputed(LongSupplier amountCalculation) {
        long amount = amountCalculation.getAsLong();
        deposit(amount);
    }
}
