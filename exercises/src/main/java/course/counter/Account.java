package course.counter;

import java.util.function.LongSupplier;

/**
 * A bank account that many threads use at once. Every change of balance is written to a
 * {@link Ledger}, in the same critical section as the change.
 *
 * <p>Guard the balance with one {@link java.util.concurrent.locks.Lock} (a
 * {@link java.util.concurrent.locks.ReentrantLock} will do; the read and write locks of one
 * {@link java.util.concurrent.locks.ReadWriteLock} count as one), created once for the account; lock it
 * around every read and write of the balance, and unlock it in a {@code finally} block. Read the
 * package documentation first: it explains why each of those words matters.
 *
 * <p>Every method waits for the lock as long as it takes: a deposit that gave up after a timeout
 * would lose the caller's money without a word. And an interrupt does not end the wait: no method
 * declares {@code InterruptedException}, so a thread whose interrupt status is set still deposits,
 * withdraws and reads the balance, and keeps that status for its own code ({@code lock()}, not
 * {@code lockInterruptibly()}).
 *
 * <p>Keep the public constructor and methods as they are: the grader calls them.
 */
public class Account {

    // TODO: the state of the account: the balance, the ledger, and the one lock that guards them.

    /**
     * Opens an account.
     *
     * @param openingBalance the balance to start with
     * @param ledger         where every change is recorded
     */
    public Account(long openingBalance, Ledger ledger) {
        // TODO: keep the opening balance and the ledger.
    }

    /**
     * Adds {@code amount} to the balance and records the change ({@code +amount}, new balance) in the
     * ledger — both inside the critical section. If the ledger throws, the exception reaches the
     * caller and the lock is released all the same; the change may stay made (undoing it is not
     * asked), as long as {@link #balance()} and later withdrawals see the balance as it now is.
     */
    public void deposit(long amount) {
        // TODO: lock; add and record; unlock in finally.
        throw new UnsupportedOperationException("TODO: Account.deposit");
    }

    /**
     * Takes {@code amount} from the balance and records the change ({@code -amount}, new balance).
     * When the balance is smaller than {@code amount}, changes nothing, records nothing and throws.
     * Checking the balance and taking the money must happen in one critical section: otherwise two
     * threads can both see enough money and both take it. The rule holds for every balance, a
     * negative one too (an account may open overdrawn), and every amount up to
     * {@code Long.MAX_VALUE}: compare {@code amount > balance}, since {@code balance - amount} can
     * overflow. If the ledger throws, the exception reaches the caller and the lock is released all
     * the same.
     *
     * @throws InsufficientFundsException if the balance is smaller than {@code amount}; the lock is
     *                                    released before the exception leaves the method
     */
    public void withdraw(long amount) {
        // TODO: lock; check, take and record, or throw; unlock in finally.
        throw new UnsupportedOperationException("TODO: Account.withdraw");
    }

    /** The current balance, read under the lock so that it is never a half-written value. */
    public long balance() {
        // TODO
        throw new UnsupportedOperationException("TODO: Account.balance");
    }

    /**
     * Computes an amount, then deposits it. The computation is slow — think of converting a foreign
     * currency at the bank's rate — and touches nothing shared, so it must run <em>outside</em> the
     * lock: ten threads computing at once then take about as long as one, not ten times as long.
     *
     * @param amountCalculation computes the amount to deposit; called exactly once
     */
    public void depositComputed(LongSupplier amountCalculation) {
        // TODO: compute first, without the lock; then deposit.
        throw new UnsupportedOperationException("TODO: Account.depositComputed");
    }
}
