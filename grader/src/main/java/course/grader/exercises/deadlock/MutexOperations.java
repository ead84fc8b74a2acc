package course.grader.exercises.deadlock;

import course.deadlock.ReentrantMutex;
import course.grader.harness.ThreadRoles;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The calls the interleaving check makes on one fresh mutex. Each call that takes the lock counts
 * itself into {@code entries}, a plain field only the lock protects: two threads inside at once can
 * lose an entry.
 */
public final class MutexOperations {

    private final ReentrantMutex mutex = new ReentrantMutex();
    private int entries;

    /** Takes the lock once: which entry this was. */
    @Operation
    public int enter() {
        ThreadRoles.neutralizeCurrent();
        mutex.lock();
        try {
            return enterInside();
        } finally {
            mutex.unlock();
        }
    }

    /** Takes the lock twice over, gives it back once, then again: the hold counts seen on the way. */
    @Operation
    public String reenter() {
        ThreadRoles.neutralizeCurrent();
        mutex.lock();
        try {
            mutex.lock();
            int twice;
            try {
                enterInside();
                twice = mutex.holdCount();
            } finally {
                mutex.unlock();
            }
            return holdCounts(twice, mutex.holdCount());
        } finally {
            mutex.unlock();
        }
    }

    /** The hold count of a thread that never takes the lock. */
    @Operation
    public int holdCount() {
        ThreadRoles.neutralizeCurrent();
        return mutex.holdCount();
    }

    /** unlock() by a thread that never took the lock. */
    @Operation
    public void unlockUnheld() {
        ThreadRoles.neutralizeCurrent();
        mutex.unlock();
    }

    private int enterInside() {
        int seen = entries;
        entries = seen + 1;
        return seen + 1;
    }

    static String holdCounts(int twice, int once) {
        return "holdCount " + twice + " after lock() twice, " + once + " after one unlock()";
    }
}
