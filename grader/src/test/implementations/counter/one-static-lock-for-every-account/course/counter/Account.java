package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A bank account that many threads use at once; reference solution. One lock, created with the
 * account, guards the balance and the ledger; it is held only while they are read or changed.
 */
public class Account {

    private static final Lock lock = new ReentrantLock(); // one lock for every account
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
        long amount = amountCalculation.getAsLong();
        deposit(amount);
    }
}
