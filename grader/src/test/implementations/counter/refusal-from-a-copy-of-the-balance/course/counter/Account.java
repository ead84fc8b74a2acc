package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: a fast refusal from a published copy of the balance, which a failed record leaves stale. */
public class Account {

    private final Lock lock = new ReentrantLock();
    private final Ledger ledger;
    private long balance;
    private volatile long published;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.published = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        lock.lock();
        try {
            balance += amount;
            ledger.record(amount, balance);
            published = balance;
        } finally {
            lock.unlock();
        }
    }

    public void withdraw(long amount) {
        if (published < amount) {
            throw new InsufficientFundsException(amount, published);
        }
        lock.lock();
        try {
            if (amount > balance) {
                throw new InsufficientFundsException(amount, balance);
            }
            balance -= amount;
            ledger.record(-amount, balance);
            published = balance;
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
        deposit(amountCalculation.getAsLong());
    }
}
