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
import java.util.Optional;

/**
 * A model checker runs two threads' deposits, withdrawals and balance reads under every schedule
 * it reaches, and each schedule must give results that the same calls give one at a time.
 */
@CheckInfo(id = "every-schedule", kind = CheckKind.INTERLEAVING, points = 3,
        title = "under every schedule of two threads, the account gives results one call at a time could give",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EverySchedule implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Optional<InterleavingTrace> broken = Interleavings.of(AccountOperations.class, AccountSpecification.class)
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
                .explore(context);
        if (broken.isPresent()) {
            InterleavingTrace trace = broken.get();
            throw trace.failure(trace.blocked()
                            ? "after the last step every thread waits for a lock or a signal that no thread will give:"
                                    + " a lock is not released on every path (unlock in finally), or a thread waits for itself"
                            : "in the steps above a thread read the balance, another changed it, and the first then"
                                    + " acted on what it had read: the read and the write are not one critical section",
                    "critical sections: one lock, held from the read of balance to the write, released in finally");
        }
    }
}
