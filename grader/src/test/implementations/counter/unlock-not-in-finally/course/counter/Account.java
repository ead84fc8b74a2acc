package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/** Mutant: unlock() after the critical section instead of in finally. */
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
        balance += amount;
        ledger.record(amount, balance);
        lock.unlock();
    }

    public void withdraw(long amount) {
        lock.lock();
        if (amount > balance) {
            throw new InsufficientFundsException(amount, balance);
        }
        balance -= amount;
        ledger.record(-amount, balance);
        lock.unlock();
    }

    public long balance() {
        lock.lock();
        long current = balance;
        lock.unlock();
        return current;
    }

    public void depositComputed(LongSupplier amountCalculation) {
        deposit(amountCalculation.getAsLong());
    }
}
