package course.grader.exercises.deadlock;

import static course.grader.harness.Interleavings.call;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.InterleavingAgent;
import course.grader.harness.Interleavings;
import java.util.List;

/**
 * A model checker runs the mutex's owner beside other threads under every schedule it reaches: one
 * thread inside at a time, hold counts per thread, unlock() refused to a thread that holds nothing,
 * and every thread ends.
 */
@CheckInfo(id = "mutex-every-schedule", kind = CheckKind.INTERLEAVING, points = 2,
        title = "under every schedule, the mutex lets one thread in at a time, counts holds per thread and refuses others' unlock()",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class MutexEverySchedule implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Interleavings.of(MutexOperations.class, MutexSpecification.class)
                .scenario(List.of(), List.of(call("enter")), List.of(call("enter")), List.of())
                .because("two threads were inside at once and an entry was lost: the owner is not checked and set in"
                        + " one step under the monitor, or a thread stops waiting while another owns the lock")
                .scenario(List.of(), List.of(call("reenter")), List.of(call("enter")), List.of())
                .because("the owner taking the lock again went wrong: it waited for itself, the hold count was not"
                        + " counted up and down, or another thread got in before the last unlock()")
                .scenario(List.of(), List.of(call("reenter")), List.of(call("holdCount"), call("unlockUnheld")),
                        List.of())
                .because("a thread that holds nothing was given the owner's hold count, or its unlock() was not"
                        + " refused and changed the owner's lock: owner and hold count belong to the owner alone")
                .require(context, "in the steps above the mutex let two threads in, or lost a hold",
                        "a lock's owner: check and change owner and hold count under the monitor; wait in a while"
                                + " loop while another thread owns it");
    }
}
