package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;

/** {@code alternation}: printers taking turns with a condition, and ending. */
public final class AlternationExercise implements Exercise {

    @Override
    public String id() {
        return "alternation";
    }

    @Override
    public String title() {
        return "Taking turns with a condition";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(NoSleepForOrdering.class, WaitingPrintersSleepInACondition.class, TwoPrintersAlternate.class, PrintersTakeTurnsRoundRobin.class,
                TurnPassesWhileTheOthersWait.class, EveryPrinterEnds.class, WaitingPrintersDoNotSpin.class,
                TheTurnWakesTheNextPrinter.class, PrintThrowsWhenInterrupted.class, AnInterruptedPrinterKeepsItsTurn.class,
                ConcurrentPrintoutsAreSeparate.class, ASlowPrintoutHoldsUpNoOther.class, WaitsOutlastASlowPrint.class);
    }
}
