package course.grader.exercises.alternation;

import course.grader.harness.ReferenceSleeper;
import course.grader.harness.ThreadRoles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times every passing of the turn at which every other printer was waiting and some thread of the
 * run was in a timed wait: each print returns at once, and the next number's print is timed from
 * that instant, against a {@link ReferenceSleeper} woken at the same instant. A next printer that a
 * signal wakes prints about as soon as the sleeper is running again; one that only looks at the turn
 * on its clock, or that a thread looking on its clock wakes, prints when that clock next runs out.
 * One instance serves any number of printouts of {@code printers} printers, one after another.
 */
final class HandOffs implements Printout.Pacing {

    /**
     * One timed passing of the turn.
     *
     * @param number      the number whose print had just returned
     * @param nextPrinted how long after that the next number's print began
     * @param sleeperWoke how long the reference sleeper, woken at the same instant, took to run again;
     *                    at most {@code nextPrinted} (if it had not run yet by then, that)
     * @param onAClock    the threads of the run that were in a timed wait at that instant
     */
    record HandOff(int number, Duration nextPrinted, Duration sleeperWoke, List<String> onAClock) {

        /** How much longer than the sleeper the next printer took. */
        Duration lateBy() {
            return nextPrinted.minus(sleeperWoke);
        }
    }

    private record Passing(Printout printout, int number, long at, List<String> onAClock) {
    }

    private final ReferenceSleeper sleeper;
    private final int printers;
    private final List<HandOff> timed = Collections.synchronizedList(new ArrayList<>());
    private Passing passing;

    HandOffs(ReferenceSleeper sleeper, int printers) {
        this.sleeper = sleeper;
        this.printers = printers;
    }

    @Override
    public synchronized void inside(int number, Printout printout) {
        long now = System.nanoTime();
        if (passing != null && passing.printout() == printout && number == passing.number() + 1) {
            Duration next = Duration.ofNanos(now - passing.at());
            Duration sleeperWoke = sleeper.tookToWake().filter(took -> took.compareTo(next) < 0).orElse(next);
            timed.add(new HandOff(passing.number(), next, sleeperWoke, passing.onAClock()));
        }
        passing = null;
        Thread printer = Thread.currentThread();
        List<Thread> others = printout.threadsOfTheRun().stream().filter(thread -> thread != printer).toList();
        List<String> onAClock = others.stream()
                .filter(thread -> thread.getState() == Thread.State.TIMED_WAITING)
                .map(ThreadRoles::of)
                .toList();
        if (allWaiting(others) && !onAClock.isEmpty() && sleeper.isAsleep()) {
            passing = new Passing(printout, number, sleeper.wake(), onAClock);
        }
    }

    /**
     * Whether every other printer has started and is waiting, for its turn or for the lock: a
     * printer that has yet to start, or is between two waits, would time its own start or run, not a
     * wake-up.
     */
    private boolean allWaiting(List<Thread> others) {
        return others.size() >= printers - 1 && others.stream().allMatch(thread -> switch (thread.getState()) {
            case WAITING, TIMED_WAITING, BLOCKED -> true;
            default -> false;
        });
    }

    /** The passings timed so far. */
    List<HandOff> timed() {
        return List.copyOf(timed);
    }
}
