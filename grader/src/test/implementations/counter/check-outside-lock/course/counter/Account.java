package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: every read and write is locked, but the check and the act are two critical sections. */
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
        long available = balance();
        if (amount > available) {
            throw new InsufficientFundsException(amount, available);
        }
        lock.lock();
        try {
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
        deposit(amountCalculation.getAsLong());
    }
}
