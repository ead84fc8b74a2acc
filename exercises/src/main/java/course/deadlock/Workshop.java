package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two operations that each need both of the workshop's tools, lock A and lock B, to do their
 * work. As given, they take the tools in opposite orders, and threads calling them at the same
 * time deadlock.
 *
 * <p>TODO: make {@code f()} and {@code g()} deadlock-free while the work still runs in one thread
 * at a time. Keep the public constructor and methods.
 *
 * <p>Whatever you change, both methods keep three promises of the code as given: the locks are
 * given back however the work ends (an exception or an {@code Error} from the work reaches the
 * caller, and the next caller still gets the tools); every call does the work, an interrupted
 * caller's too: they declare no {@code InterruptedException}, so giving up would leave the caller
 * believing the work was done; and the work may itself call {@code f()} or {@code g()} of the
 * same workshop: its thread holds the tools and may take them again, and still holds them when
 * that nested call returns.
 */
public class Workshop {

    private final Lock lockA = new ReentrantLock();
    private final Lock lockB = new ReentrantLock();
    private final Runnable work;

    /** @param work what {@code f()} and {@code g()} do while they hold both tools */
    public Workshop(Runnable work) {
        this.work = work;
    }

    /** Takes lock A, then lock B, does the work, and gives both back. */
    public void f() {
        lockA.lock();
        try {
            pause();
            lockB.lock();
            try {
                work.run();
            } finally {
                lockB.unlock();
            }
        } finally {
            lockA.unlock();
        }
    }

    /** Takes lock B, then lock A — the other order: this is the bug to fix. */
    public void g() {
        lockB.lock();
        try {
            pause();
            lockA.lock();
            try {
                work.run();
            } finally {
                lockA.unlock();
            }
        } finally {
            lockB.unlock();
        }
    }

    /** A moment between taking the first lock and the second, as in the notes: it makes the deadlock likely. */
    private static void pause() {
        Thread.yield();
    }
}
