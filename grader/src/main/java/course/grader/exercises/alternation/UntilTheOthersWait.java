package course.grader.exercises.alternation;

import java.time.Duration;
import java.util.List;

/**
 * Holds a printer inside its print until every other thread of the run (the caller, the other
 * printers) is waiting or blocked,
 * at most {@link #BOUND}: the others have all reached their turn check, or a wait, before the turn
 * moves on. Only a provocation: a run that never gets there just goes on after the bound.
 */
final class UntilTheOthersWait implements Printout.Pacing {

    /** Long enough for a thread woken by the last turn to reach its next wait on a loaded machine. */
    private static final Duration BOUND = Duration.ofMillis(50);
    private static final Duration POLL = Duration.ofMillis(1);

    @Override
    public void inside(int number, Printout printout) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline && !allWaiting(printout.otherThreadsStarted())) {
            Thread.sleep(POLL);
        }
    }

    private static boolean allWaiting(List<Thread> threads) {
        return threads.stream().allMatch(thread -> switch (thread.getState()) {
            case WAITING, TIMED_WAITING, BLOCKED, TERMINATED -> true;
            default -> false;
        });
    }
}
