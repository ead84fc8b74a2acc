package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;

/**
 * The race a free run hides: a printer checks its turn just as the turn passes. Each print is held
 * until every other thread print started is waiting (for the lock or for its turn), so the turn
 * always moves on, and the signal is always sent, while the others are between checking their turn
 * and waiting — or already waiting. A printer that checks its turn, releases the lock and only then
 * waits misses the signal and waits for ever (a lost wake-up); a printer that prints after passing
 * the turn on is caught printing at the same time as the next one.
 */
@CheckInfo(id = "turn-passes-while-the-others-wait", kind = CheckKind.STRESS, points = 2,
        title = "With every other printer waiting at each turn, 2 and 3 printers still take turns, one print at a time")
public final class TurnPassesWhileTheOthersWait implements CheckBody {

    private static final int[] COUNTS = {7, 12};
    private static final int[] PRINTERS = {2, 3};
    private static final int REPEATS = 3;

    @Override
    public void run(CheckContext context) throws Exception {
        RoundRobin.require(COUNTS, PRINTERS, REPEATS, new UntilTheOthersWait());
    }
}
