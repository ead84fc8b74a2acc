package course.counter;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A correct account written differently: each critical section is a try-with-resources on a
 * {@link Held} lock, whose {@code close()} unlocks.
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
        try (Held held = Held.take(lock)) {
            balance += amount;
            ledger.record(amount, balance);
        }
    }

    public void withdraw(long amount) {
        try (Held held = Held.take(lock)) {
            if (amount > balance) {
                throw new InsufficientFundsException(amount, balance);
            }
            balance -= amount;
            ledger.record(-amount, balance);
        }
    }

    public long balance() {
        try (Held held = Held.take(lock)) {
            return balance;
        }
    }

    public void depositComputed(LongSupplier amountCalculation) {
        deposit(amountCalculation.getAsLong());
    }

    /** A lock held until the end of a try-with-resources block. */
    private static final class Held implements AutoCloseable {

        private final Lock lock;

        private Held(Lock lock) {
            this.lock = lock;
        }

        static Held take(Lock lock) {
            lock.lock();
            return new Held(lock);
        }

        @Override
        public void close() {
            lock.unlock();
        }
    }
}
