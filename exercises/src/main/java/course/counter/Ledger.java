package course.counter;

/**
 * The account's book: one entry for every change of balance, in the order the changes happened.
 * Given; do not change it.
 *
 * <p>An entry must describe its change exactly: {@code balanceAfter} is the balance right after
 * this change and before any other. That only holds if {@link #record} is called inside the same
 * critical section as the change itself. Recording may be slow (it is written to disk), and it may
 * fail with an exception, which the account must pass on to its caller.
 */
@FunctionalInterface
public interface Ledger {

    /**
     * Records one change.
     *
     * @param change       the amount added (positive) or taken (negative)
     * @param balanceAfter the balance right after the change
     */
    void record(long change, long balanceAfter);
}
