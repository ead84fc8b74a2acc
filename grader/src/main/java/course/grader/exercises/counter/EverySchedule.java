package course.grader.exercises.counter;

import static course.grader.harness.Interleavings.call;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.InterleavingAgent;
import course.grader.harness.InterleavingTrace;
import course.grader.harness.Interleavings;
import java.util.List;

/**
 * A model checker runs two threads' deposits, withdrawals and balance reads under every schedule
 * it reaches, and each schedule must give results that the same calls give one at a time: the
 * balances, the refusals, and the ledger's entries read back at the end.
 */
@CheckInfo(id = "every-schedule", kind = CheckKind.INTERLEAVING, points = 3,
        title = "under every schedule of two threads, the account gives results one call at a time could give",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EverySchedule implements CheckBody {

    /** How the scenario that reads the ledger back shows in a trace's calls. */
    private static final String LEDGER_READ = "book()";

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Interleavings.of(AccountOperations.class, AccountSpecification.class)
                // Two deposits at once: the lost update.
                .scenario(List.of(), List.of(call("deposit", 1L)), List.of(call("deposit", 1L)), List.of(call("balance")))
                // A deposit against a withdrawal of what is there.
                .scenario(List.of(call("deposit", 1L)), List.of(call("withdraw", 1L)), List.of(call("deposit", 1L)),
                        List.of(call("balance")))
                // Two withdrawals of the only unit: exactly one is refused, and the balance never goes below 0.
                .scenario(List.of(call("deposit", 1L)), List.of(call("withdraw", 1L)), List.of(call("withdraw", 1L)),
                        List.of(call("balance")))
                // A reader between the steps of a writer sees only balances a whole call leaves.
                .scenario(List.of(), List.of(call("deposit", 2L), call("withdraw", 1L)),
                        List.of(call("balance"), call("balance")), List.of())
                // A deposit against a withdrawal, then the ledger: one entry per change, each with the balance
                // that change left, in the order of the changes. Last, so that a trace from it shows the ledger.
                .scenario(List.of(call("deposit", 1L)), List.of(call("deposit", 1L)), List.of(call("withdraw", 1L)),
                        List.of(call("book")))
                .require(context, EverySchedule::cause, "critical sections: one lock, held from the read of"
                        + " balance to the write and the ledger entry, released in finally");
    }

    /** What the steps show: threads waiting for good, a ledger out of step with the changes, or a stale read. */
    private static String cause(InterleavingTrace trace) {
        if (trace.blocked()) {
            return "after the last step every thread waits for a lock or a signal that no thread will give: a lock is"
                    + " not released on every path (unlock in finally), or a thread waits for itself";
        }
        if (trace.calls().contains(LEDGER_READ)) {
            return "book() shows the ledger entries the calls wrote: they do not list the changes in the order they"
                    + " happened, each with the balance it left. The entry is written outside the critical section"
                    + " of its change (after unlock(), so another thread's change comes between), or with the"
                    + " balance from before the change";
        }
        return "in the steps above a thread read the balance, another changed it, and the first then acted on what it"
                + " had read: the read and the write are not one critical section";
    }
}
