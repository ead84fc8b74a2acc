package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Mutant: an account with no critical section at all. Right in one thread; every read-add-write
 * races. The Lock is a decoy in a branch that never runs (a null ledger is never handed in).
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
        if (ledger == null) {
            lock.lock();
            lock.unlock();
        }
        balance += amount;
        ledger.record(amount, balance);
    }

    public void withdraw(long amount) {
        if (amount > balance) {
            throw new InsufficientFundsException(amount, balance);
        }
        balance -= amount;
        ledger.record(-amount, balance);
    }

    public long balance() {
        return balance;
    }

    public void depositComputed(LongSupplier amountCalculation) {
        long amount = amountCalculation.getAsLong();
        deposit(amount);
    }
}
