package course.grader.exercises.event;

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
 * A model checker runs a setter beside one or two waiters, and two threads that clear and set beside
 * a waiter, under every schedule it reaches: every waiter must return, and what the calls return
 * must be what some one-at-a-time order gives.
 */
@CheckInfo(id = "every-schedule", kind = CheckKind.INTERLEAVING, points = 2,
        title = "under every schedule, set() releases every waiter and the event gives results one call at a time could give",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EverySchedule implements CheckBody {

    /**
     * Two clear() calls that both act on the state they looked at, and a waiter that arrives
     * between them, take three thread switches at the right points: 50 schedules miss them, 200
     * found both such events tried.
     */
    private static final int RACING_CLEARS_SCHEDULES = 200;

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Interleavings.of(EventOperations.class, EventSpecification.class)
                .scenario(List.of(), List.of(call("set")), List.of(call("await"), call("isSet")), List.of())
                .because("set() came between the waiter's look at the flag and the start of its wait, or await()"
                        + " returned before any set(): the look and the wait are not one step under the lock")
                .scenario(List.of(), List.of(call("clear"), call("set")), List.of(call("await"), call("look")), List.of())
                .because("a clear() and a set() raced the waiter, and it missed the set(): the look and the wait are"
                        + " not one step under the lock")
                .scenario(List.of(), List.of(call("clear")), List.of(call("look"), call("isSet")), List.of())
                .because("await(Duration.ZERO) waited instead of only looking: a patience of zero (or a rest that"
                        + " rounds down to 0 ms, and wait(0) waits for ever) must return false at once")
                .scenario(List.of(), List.of(List.of(call("set")), List.of(call("await")), List.of(call("await"))),
                        List.of(call("isSet")))
                .because("set() woke only one of the two waiters: signal() wakes one, signalAll() wakes every waiter")
                .scenario(List.of(call("set")), List.of(List.of(call("clear"), call("set")),
                        List.of(call("clear"), call("set")), List.of(call("await"))), List.of())
                .because("two clear() calls raced, and the waiter was left waiting on a state that the last set()"
                        + " no longer changes: clear() looks and then changes in two steps, so both clear() calls act"
                        + " on what they saw and the second undoes the first; look and change under one lock")
                .schedules(RACING_CLEARS_SCHEDULES)
                .require(context, "in the steps above a waiter missed a set() or returned without one",
                        "guarded waits: check the flag and wait under the same lock, in a while loop; signalAll() in"
                                + " set(); awaitNanos with the time left");
    }
}
