package course.grader.exercises.counter;

import course.counter.Ledger;
import course.grader.harness.Neutral;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A ledger that keeps its entries in the order {@code record} was called, so that a check can
 * verify each entry continues the one before it — true only when recording happens inside the
 * same critical section as the change.
 */
final class RecordingLedger implements Ledger {

    record Entry(long change, long balanceAfter) {
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

    @Override
    public void record(long change, long balanceAfter) {
        entries.add(new Entry(change, balanceAfter));
    }

    @Override
    public String toString() {
        return Neutral.nameOf(Ledger.class, this);
    }

    List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /**
     * The first entry that does not follow from the one before it (starting from {@code opening}),
     * described for the student; null when the book is consistent.
     */
    String firstInconsistency(long opening) {
        long balance = opening;
        int index = 0;
        for (Entry entry : entries) {
            if (entry.balanceAfter() != balance + entry.change()) {
                return "entry " + index + " records a change of " + entry.change() + " leaving " + entry.balanceAfter()
                        + ", but the entry before it left " + balance;
            }
            balance = entry.balanceAfter();
            index++;
        }
        return null;
    }
}
