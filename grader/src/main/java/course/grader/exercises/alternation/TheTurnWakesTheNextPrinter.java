package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ReferenceSleeper;
import course.grader.harness.Stopwatch;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A timed wait can hide a missing signal: printers that pass the turn without signalling, and wait
 * for it in timed awaits, still print in order (and use no CPU to speak of), because each one looks
 * at the turn again when its clock runs out. So does a helper thread that looks on a clock and
 * signals for them. What gives them away is that every turn waits for a clock: here each print
 * returns at once, and wherever some thread of the run is in a timed wait as the turn passes, the
 * next print is timed against a thread woken at the same instant ({@link HandOffs}). Printers in
 * untimed waits can be woken only by a signal: they are not timed, and pass.
 *
 * <p>The verdict looks at the upper quartile of the delays, not the median: polling printers fall
 * into step (one that found its clock ran out while another printed gets the lock, and the turn, the
 * moment that one is done), so in a printout of three, up to two turns in three pass at once and
 * every third waits out a whole period. A signalled printer is late in none but the odd turn a busy
 * machine holds up.
 */
@CheckInfo(id = "the-turn-wakes-the-next-printer", kind = CheckKind.FUNCTIONAL, points = 2,
        requires = "two-printers-alternate",
        title = "When the turn passes, the next printer is woken at once, not at its next timed look")
public final class TheTurnWakesTheNextPrinter implements CheckBody {

    private static final int PRINTERS = 3;
    private static final int COUNT = 40;
    /** Enough passings for a quartile that one slow wake-up does not move. */
    private static final int FEWEST_TIMED = 8;
    private static final double UPPER_QUARTILE = 0.75;
    /**
     * How much later than the woken reference thread the next printer may print. A signalled printer
     * needs the lock back besides waking: tens of microseconds, a millisecond on a loaded machine.
     * A printer looking on a clock of 2 ms or more prints up to that much later.
     */
    private static final Duration MARGIN = Duration.ofMillis(1);

    @Override
    public void run(CheckContext context) throws Exception {
        List<HandOffs.HandOff> timed;
        try (ReferenceSleeper sleeper = ReferenceSleeper.start()) {
            HandOffs handOffs = new HandOffs(sleeper, PRINTERS, COUNT);
            Printout.of(COUNT, PRINTERS, handOffs);
            timed = handOffs.timed();
        }
        context.measure("turns passed while a thread was on a clock", timed.size(), "");
        if (timed.size() < FEWEST_TIMED) {
            return;
        }
        Duration lateBy = Stopwatch.quantile(timed.stream().map(HandOffs.HandOff::lateBy).toList(), UPPER_QUARTILE);
        context.measure("delay of the next print beyond a woken thread's, upper quartile", lateBy.toNanos() / 1e6, "ms");
        if (lateBy.compareTo(MARGIN) > 0) {
            throw new CheckFailure(lateFeedback(timed, lateBy));
        }
    }

    private static Feedback lateFeedback(List<HandOffs.HandOff> timed, Duration lateBy) {
        HandOffs.HandOff slowest = timed.stream().max(Comparator.comparing(HandOffs.HandOff::nextPrinted)).orElseThrow();
        return Feedback.expected("the next printer to print as soon as the print before it returns and the turn passes")
                .observed(String.format(Locale.ROOT, "%d times the turn passed while a thread of the printout was in a"
                                + " timed wait, and in a quarter of them the next number was printed %.1f ms or more"
                                + " later than a thread woken at the same instant ran again; at the slowest, %d came %.1f ms after the print"
                                + " of %d returned (in timed waits then: %s)", timed.size(), lateBy.toNanos() / 1e6,
                        slowest.number() + 1, slowest.nextPrinted().toNanos() / 1e6, slowest.number(),
                        String.join(", ", slowest.onAClock())))
                .cause("nothing wakes the next printer when the turn passes: it, or a thread that watches the turn"
                        + " for it, finds the new turn only when its timed wait runs out and it looks again. The"
                        + " order comes out right, but every turn waits for a clock: the timed wait hides a missing"
                        + " signal")
                .revisit("signal the condition every time the turn moves on (signalAll(), or signal() to the next"
                        + " printer's own condition); a timed await bounds a wait, it does not replace the signal");
    }
}
