package course.grader.exercises.parking;

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
 * A model checker runs cars with no patience beside a car that holds the one spot, under every
 * schedule it reaches: a car with no patience must go at once when the spot is taken, whatever it
 * saw a moment before; two cars never share the spot; and when all have left the spot is free.
 */
@CheckInfo(id = "every-schedule", kind = CheckKind.INTERLEAVING, points = 2, requires = "fills-up",
        title = "under every schedule, a car with no patience parks or goes at once, and one spot holds one car",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EverySchedule implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Interleavings.of(ParkingOperations.class, ParkingSpecification.class)
                .scenario(List.of(), List.of(call("parkUntilOpen")), List.of(call("parkNow"), call("open")),
                        List.of(call("freeSpots")))
                .because("a car with no patience waited for the spot: it saw the spot free, then waited for it"
                        + " (acquire(), or await() under the lock), and another car took it first; a patience of"
                        + " zero must take the spot in the same step as it looks (tryAcquire())")
                .scenario(List.of(), List.of(call("parkNow")), List.of(call("parkNow")), List.of(call("freeSpots")))
                .because("the look at the free spots and the taking of one are not one step: two cars got the one"
                        + " spot, or a spot was lost or made up on the way out")
                .require(context, "in the steps above a car waited with no patience, or the spot was shared or lost",
                        "semaphores: tryAcquire() looks and takes in one step; release() only a spot you took");
    }
}
