package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;

/**
 * A car waits for a spot by blocking — in the semaphore, or on a condition — never by sleeping
 * and looking again (and code that runs must block somewhere: an empty car park earns nothing). A poll costs little CPU, so only the code tells it from a wait; and a car that
 * polls parks at its next look, not when the spot frees, which the Javadoc asks for.
 */
@CheckInfo(id = "cars-wait-without-polling", kind = CheckKind.ARCHITECTURE, points = 1, requires = {"fills-up", "waiting-cars-do-not-spin"},
        title = "ParkingLot waits by blocking (a semaphore or a condition), never with sleep, yield or onSpinWait")
public final class CarsWaitWithoutPolling implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        BlockingWaits.requireBlockingWithoutPolling(context, "course.parking", findings ->
                Feedback.expected("a waiting car to block until a spot frees (acquire(), tryAcquire(patience), or"
                                + " await() on a condition)")
                        .observed(findings.pollingCalls().isEmpty()
                                ? "nothing in the car park blocks: no acquire(), tryAcquire(patience), await() or wait()"
                                        + " is called"
                                : String.join("; ", findings.pollingCalls()))
                        .cause(findings.pollingCalls().isEmpty()
                                ? "a car that never blocks spins, or never waits for a spot at all"
                                : "the car sleeps and looks again: it parks at its next look, not as soon as the spot"
                                        + " frees, and every look is a wake-up for nothing")
                        .revisit("Semaphore.tryAcquire(patience) blocks for at most the patience and takes a spot the"
                                + " moment one frees"));
    }
}
