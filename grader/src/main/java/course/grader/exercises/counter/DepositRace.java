package course.grader.exercises.counter;

import course.counter.Account;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/** jcstress: two threads deposit 1 each into an empty account; the balance must be 2. */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both deposits counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "a deposit was lost")
@Outcome(expect = FORBIDDEN, desc = "a balance no sequence of deposits gives")
@State
public class DepositRace {

    private final Account account = new Account(0, (change, balanceAfter) -> { });

    @Actor
    public void firstTeller() {
        account.deposit(1);
    }

    @Actor
    public void secondTeller() {
        account.deposit(1);
    }

    @Arbiter
    public void audit(J_Result result) {
        result.r1 = account.balance();
    }
}
