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
 * Two cars inside a car park of two at once leave it with both spots free: a count changed by
 * both in the same moment loses no change.
 */
@CheckInfo(id = "every-schedule", kind = CheckKind.INTERLEAVING, points = 2, requires = "fills-up",
        title = "under every schedule, a car with no patience parks or goes at once, one spot holds one car, and"
                + " two cars leaving together give back both spots",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EverySchedule implements CheckBody {

    /**
     * A change lost between two cars takes a switch inside free-- or free++, past the many points
     * where the semaphore's own code could switch: at the default budget the model checker missed it.
     */
    private static final int PAIR_SCHEDULES = 100;

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
                .scenario(List.of(), List.of(call("parkInPair")), List.of(call("parkInPair")),
                        List.of(call("pairFreeSpots")))
                .schedules(PAIR_SCHEDULES)
                .because("two cars were inside a car park of two spots at once, and after both had left it did not"
                        + " have two free spots: the count freeSpots() reads was changed by both cars at once (free--"
                        + " and free++ are each a read and then a write, volatile or not), and one change was lost")
                .whenStuck("a car waited at a car park of two spots with only one other car there: it does not start"
                        + " with as many free spots as it was made with, or a car waits for a spot nobody frees")
                .require(context, "in the steps above a car waited with no patience, or the spot was shared or lost",
                        "semaphores: tryAcquire() looks and takes in one step; release() only a spot you took");
    }
}
