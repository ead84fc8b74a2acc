package course.counter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Mutant: the reference, but every call waits at most 3 s for the lock and then refuses the
 * caller with an IllegalStateException, "the account is busy": a slow ledger entry turns callers away.
 */
public class Account {

    private static final long PATIENCE_SECONDS = 3;

    private final Lock lock = new ReentrantLock();
    private final Ledger ledger;
    private long balance;

    public Account(long openingBalance, Ledger ledger) {
        this.balance = openingBalance;
        this.ledger = ledger;
    }

    public void deposit(long amount) {
        lockWithinPatience();
        try {
            balance += amount;
            ledger.record(amount, balance);
        } finally {
            lock.unlock();
        }
    }

    public void withdraw(long amount) {
        lockWithinPatience();
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
        lockWithinPatience();
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

    private void lockWithinPatience() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (lock.tryLock(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                        return;
                    }
                    throw new IllegalStateException("the account is busy: try again later");
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
