package course.grader.exercises.counter;

import course.counter.Account;
import org.jetbrains.lincheck.datastructures.Operation;

/** The calls the interleaving check makes on one fresh account, opened empty. */
public final class AccountOperations {

    private final Account account = new Account(0, (change, balanceAfter) -> { });

    @Operation
    public void deposit(long amount) {
        account.deposit(amount);
    }

    @Operation
    public void withdraw(long amount) {
        account.withdraw(amount);
    }

    @Operation
    public long balance() {
        return account.balance();
    }
}
