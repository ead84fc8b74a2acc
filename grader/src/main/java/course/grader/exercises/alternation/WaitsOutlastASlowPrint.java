package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadRoles;
import course.grader.harness.WaitingThreads;
import java.time.Duration;
import java.util.List;

/**
 * However long out takes over a number, every printer waits for its turn and print waits for its
 * printers. The print of {@value #SLOW_NUMBER} is held for as long as any thread of the printout
 * could still time out (it is running, or in a timed wait), up to {@link #HOLD_AT_MOST}: a print
 * whose every wait is untimed is held a fraction of a second, while a join with a time-out returns
 * before the printout is done, and a printer that gives up on its turn after a time goes ahead
 * out of turn if it gets the lock before the printer whose turn it is. Which one gets it is the
 * lock's choice, so the printout runs {@value #ROUNDS} times; one whose threads stayed on a clock
 * for the whole hold is not run again, since holding longer would tell no more. (A printer that
 * gives up waiting but prints inside the lock goes ahead only when its lock lets it in out of
 * order, which a first-come lock seldom does: that bug is caught by chance, not by design.)
 */
@CheckInfo(id = "waits-outlast-a-slow-print", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "While one print takes seconds, no printer prints out of turn and print waits for the rest")
public final class WaitsOutlastASlowPrint implements CheckBody {

    private static final int COUNT = 8;
    /** Three printers wait while the slow one prints, so that one that gives up has two to go ahead of. */
    private static final int PRINTERS = 4;
    private static final int ROUNDS = 5;
    /** Held early, so that printers are waiting for later turns while it is, and the caller for all of them. */
    private static final int SLOW_NUMBER = 1;
    /**
     * The longest hold: longer than the time-outs students give a "safety" join or turn wait (1 to
     * 5 s). Only a solution that waits on a clock is held this long.
     */
    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(10);
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws Exception {
        Duration longest = Duration.ZERO;
        for (int round = 0; round < ROUNDS && longest.compareTo(HOLD_AT_MOST) < 0; round++) {
            Duration held = printWithOneSlowNumber();
            longest = held.compareTo(longest) > 0 ? held : longest;
        }
        context.measure("longest hold of the print of " + SLOW_NUMBER, longest.toMillis(), "ms");
    }

    private static Duration printWithOneSlowNumber() throws Exception {
        Duration[] held = {Duration.ZERO};
        Printout printout = Printout.of(COUNT, PRINTERS, HOLD_AT_MOST.plus(BOUND), (number, run) -> {
            if (number == SLOW_NUMBER) {
                // The JDK's own service threads (carriers, timers) sleep on clocks of their own: not the printout's.
                held[0] = WaitingThreads.whileAnyIsOnAClock(() -> run.otherThreadsStarted().stream()
                        .filter(thread -> !ThreadRoles.isTheJdksOwn(thread)).toList(), HOLD_AT_MOST);
            }
        });
        Printout.Mistake mistake = printout.firstMistake();
        List<String> running = printout.runningAtReturn();
        if (mistake == null && running.isEmpty()) {
            return held[0];
        }
        String observed = mistake != null ? mistake.observed()
                : "when print returned, thread(s) " + String.join(", ", running) + " still ran";
        boolean returnedEarly = printout.printedAtReturn() < COUNT || !running.isEmpty();
        throw new CheckFailure(Feedback.expected("print(" + COUNT + ", " + PRINTERS + " printers) to print every number"
                        + " in turn, and return only when all are printed, while out takes over " + SLOW_NUMBER
                        + " as long as any thread of the printout waits on a clock (up to " + HOLD_AT_MOST.toSeconds()
                        + " s)")
                .observed(observed)
                .cause(returnedEarly
                        ? "print stops waiting for its printers after a time: a join with a time-out (join(millis))"
                                + " ran out while the print of " + SLOW_NUMBER + " was still going"
                        : "a printer stops waiting for its turn after a time (a wait with a time-out whose end it takes"
                                + " for its turn) and goes ahead out of turn once the print of " + SLOW_NUMBER
                                + " is done")
                .revisit("a printout takes as long as its output takes: wait for a turn, and join the printers, with"
                        + " no time-out; the quick printouts of the other checks end before any time-out, a slow"
                        + " output does not"), true);
    }
}
