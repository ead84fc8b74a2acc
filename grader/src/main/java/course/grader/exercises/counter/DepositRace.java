package course.grader.exercises.counter;

import course.counter.Account;
import course.counter.Ledger;
import course.grader.harness.JcstressOutcome;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JZ_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * jcstress: two threads deposit 1 each into an empty account; the balance must be 2.
 *
 * <p>Each run also records whether the two deposits overlapped in time: each teller notes, before
 * depositing, whether the other had already finished. If neither had, the calls overlapped, and
 * only such a run can lose a deposit. On a loaded machine the tellers may seldom run at the same
 * moment; the check counts the overlapping runs to know whether it saw enough of them.
 */
@JCStressTest
@Outcome(id = "2, true", expect = ACCEPTABLE, desc = "both deposits counted, the calls overlapped")
@Outcome(id = "2, false", expect = ACCEPTABLE, desc = "both deposits counted, one call ran before the other")
@Outcome(id = "1, true", expect = FORBIDDEN, desc = "a deposit was lost")
@Outcome(expect = FORBIDDEN, desc = "a balance no sequence of deposits gives")
@State
public class DepositRace {

    private final Account account = new Account(0, Neutral.as(Ledger.class, (change, balanceAfter) -> { }));
    private volatile boolean firstDone;
    private volatile boolean secondDone;
    private boolean firstCameAfterSecond;
    private boolean secondCameAfterFirst;

    @Actor
    public void firstTeller() {
        ThreadRoles.neutralizeCurrent();
        firstCameAfterSecond = secondDone;
        account.deposit(1);
        firstDone = true;
    }

    @Actor
    public void secondTeller() {
        ThreadRoles.neutralizeCurrent();
        secondCameAfterFirst = firstDone;
        account.deposit(1);
        secondDone = true;
    }

    /** Whether the outcome comes from runs in which the two deposits overlapped. */
    static boolean overlapped(JcstressOutcome outcome) {
        return outcome.state().endsWith(", true");
    }

    @Arbiter
    public void audit(JZ_Result result) {
        result.r1 = account.balance();
        result.r2 = !firstCameAfterSecond && !secondCameAfterFirst;
    }
}
