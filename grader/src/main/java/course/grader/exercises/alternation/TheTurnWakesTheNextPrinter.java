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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A timed wait can hide a missing signal: printers that pass the turn without signalling, and wait
 * for it in timed awaits, still print in order (and use no CPU to speak of), because each one looks
 * at the turn again when its clock runs out. So does a helper thread that looks on a clock and
 * signals for them, and a signal() that wakes one printer when it may not be the next one. What gives
 * them away is that a turn waits for a clock: here each print returns at once, and wherever every
 * other printer is waiting and some thread of the run is in a timed wait as the turn passes, the next
 * print is timed against a thread woken at the same instant ({@link HandOffs}). Printers in untimed
 * waits can be woken only by a signal: they are not timed, and pass.
 *
 * <p>Two verdicts, for two ways a clock shows. Polling printers fall into step (one that found its
 * clock ran out while another printed gets the lock, and the turn, the moment that one is done), so
 * in a printout of three up to two turns in three pass at once and every third waits out a whole
 * period: the upper quartile of the delays shows it. A signal() to the wrong printer happens only when
 * the printers queued in another order than their turns (at the start of a printout, mostly), so
 * only a few turns wait, each for most of a period: their number shows it. A signalled printer is
 * late in neither way but for the odd turn a busy machine holds up.
 */
@CheckInfo(id = "the-turn-wakes-the-next-printer", kind = CheckKind.FUNCTIONAL, points = 2,
        requires = "two-printers-alternate",
        title = "When the turn passes, the next printer is woken at once, not at its next timed look")
public final class TheTurnWakesTheNextPrinter implements CheckBody {

    /** Printouts of 3 and 4 printers: with 2, signal() has only one printer to wake. */
    private static final int[] PRINTERS = {3, 4, 3, 4, 3, 4, 3, 4};
    private static final int COUNT = 16;
    /** Enough passings for a quartile that one slow wake-up does not move. */
    private static final int FEWEST_TIMED = 8;
    private static final double UPPER_QUARTILE = 0.75;
    /**
     * How much later than the woken reference thread the next printer may print, in the upper
     * quartile. A signalled printer needs the lock back besides waking: tens of microseconds, a
     * millisecond on a loaded machine. A printer looking on a clock of 2 ms or more prints up to that
     * much later.
     */
    private static final Duration MARGIN = Duration.ofMillis(1);
    /**
     * A turn that waited this much longer than the reference waited for a clock: 5 ms, or ten times
     * what waking took the reference, whichever is longer (a loaded machine wakes everyone late).
     */
    private static final Duration LATE = Duration.ofMillis(5);
    private static final int LATE_TIMES_THE_REFERENCE = 10;
    /** More turns than this late, and the waiting is on a clock: a busy machine holds up one or two. */
    private static final int LATE_TURNS_ALLOWED = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        List<HandOffs.HandOff> timed = new ArrayList<>();
        try (ReferenceSleeper sleeper = ReferenceSleeper.start()) {
            for (int printers : PRINTERS) {
                HandOffs handOffs = new HandOffs(sleeper, printers);
                Printout.of(COUNT, printers, handOffs);
                timed.addAll(handOffs.timed());
            }
        }
        context.measure("turns passed while a thread was on a clock", timed.size(), "");
        if (timed.size() < FEWEST_TIMED) {
            return;
        }
        Duration quartile = Stopwatch.quantile(timed.stream().map(HandOffs.HandOff::lateBy).toList(), UPPER_QUARTILE);
        Duration late = Collections.max(List.of(LATE, Stopwatch.quantile(
                timed.stream().map(HandOffs.HandOff::sleeperWoke).toList(), 0.5).multipliedBy(LATE_TIMES_THE_REFERENCE)));
        List<HandOffs.HandOff> lateTurns = timed.stream().filter(handOff -> handOff.lateBy().compareTo(late) > 0).toList();
        context.measure("delay of the next print beyond a woken thread's, upper quartile", quartile.toNanos() / 1e6, "ms");
        context.measure("turns later than " + late.toMillis() + " ms beyond a woken thread", lateTurns.size(), "");
        if (quartile.compareTo(MARGIN) > 0) {
            throw new CheckFailure(lateFeedback(String.format(Locale.ROOT, "%d times the turn passed while a thread of"
                    + " the printout was in a timed wait, and in a quarter of them the next number was printed %.1f ms"
                    + " or more later than a thread woken at the same instant ran again", timed.size(),
                    quartile.toNanos() / 1e6), timed));
        }
        if (lateTurns.size() > LATE_TURNS_ALLOWED) {
            throw new CheckFailure(lateFeedback(String.format(Locale.ROOT, "%d of the %d times the turn passed while a"
                    + " thread of the printout was in a timed wait, the next number came more than %d ms after a"
                    + " thread woken at the same instant ran again", lateTurns.size(), timed.size(), late.toMillis()),
                    lateTurns));
        }
    }

    private static Feedback lateFeedback(String observed, List<HandOffs.HandOff> turns) {
        HandOffs.HandOff slowest = turns.stream().max(Comparator.comparing(HandOffs.HandOff::nextPrinted)).orElseThrow();
        return Feedback.expected("the next printer to print as soon as the print before it returns and the turn passes")
                .observed(observed + String.format(Locale.ROOT, "; at the slowest, %d came %.1f ms after the print of %d"
                                + " returned (in timed waits then: %s)", slowest.number() + 1,
                        slowest.nextPrinted().toNanos() / 1e6, slowest.number(), String.join(", ", slowest.onAClock())))
                .cause("nothing wakes the next printer when the turn passes: it, or a thread that watches the turn"
                        + " for it, finds the new turn only when its timed wait runs out and it looks again (or the one"
                        + " printer signal() woke was not the next one). The order comes out right, but turns wait for"
                        + " a clock: the timed wait hides a missing signal")
                .revisit("signal the condition every time the turn moves on, so that the next printer is woken:"
                        + " signalAll(), or signal() to the next printer's own condition; a timed await bounds a wait,"
                        + " it does not replace the signal");
    }
}
