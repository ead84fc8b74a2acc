package course.grader.exercises.alternation;

import course.grader.harness.ReferenceSleeper;
import course.grader.harness.ThreadRoles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times every passing of the turn at which some thread of the run was in a timed wait: each print
 * returns at once, and the next number's print is timed from that instant, against a
 * {@link ReferenceSleeper} woken at the same instant. A next printer that a signal wakes prints about
 * as soon as the sleeper is running again; one that only looks at the turn on its clock, or that a
 * thread looking on its clock wakes, prints when that clock next runs out.
 */
final class HandOffs implements Printout.Pacing {

    /**
     * One timed passing of the turn.
     *
     * @param number        the number whose print had just returned
     * @param nextPrinted   how long after that the next number's print began
     * @param sleeperWoke   how long the reference sleeper, woken at the same instant, took to run again;
     *                      at most {@code nextPrinted} (if it had not run yet by then, that)
     * @param onAClock      the threads of the run that were in a timed wait at that instant
     */
    record HandOff(int number, Duration nextPrinted, Duration sleeperWoke, List<String> onAClock) {

        /** How much longer than the sleeper the next printer took. */
        Duration lateBy() {
            return nextPrinted.minus(sleeperWoke);
        }
    }

    private record Passing(int number, long at, List<String> onAClock) {
    }

    private final ReferenceSleeper sleeper;
    private final int firstTimed;
    private final int count;
    private final List<HandOff> timed = Collections.synchronizedList(new ArrayList<>());
    private Passing passing;

    /**
     * Times the passings of a printout of {@code count} numbers from {@code firstTimed} on (every
     * printer has printed once by then, so its thread is running and waiting in its loop).
     */
    HandOffs(ReferenceSleeper sleeper, int firstTimed, int count) {
        this.sleeper = sleeper;
        this.firstTimed = firstTimed;
        this.count = count;
    }

    @Override
    public synchronized void inside(int number, Printout printout) {
        long now = System.nanoTime();
        if (passing != null && number == passing.number() + 1) {
            Duration next = Duration.ofNanos(now - passing.at());
            Duration sleeperWoke = sleeper.tookToWake().filter(took -> took.compareTo(next) < 0).orElse(next);
            timed.add(new HandOff(passing.number(), next, sleeperWoke, passing.onAClock()));
        }
        passing = null;
        if (number < firstTimed || number >= count - 1 || !sleeper.isAsleep()) {
            return;
        }
        Thread printer = Thread.currentThread();
        List<String> onAClock = printout.threadsOfTheRun().stream()
                .filter(thread -> thread != printer && thread.getState() == Thread.State.TIMED_WAITING)
                .map(ThreadRoles::of)
                .toList();
        if (!onAClock.isEmpty()) {
            passing = new Passing(number, sleeper.wake(), onAClock);
        }
    }

    /** The passings timed so far: those at which a thread of the run was in a timed wait. */
    List<HandOff> timed() {
        return List.copyOf(timed);
    }
}
