package course.deadlock;

import java.util.concurrent.locks.ReentrantLock;

/** Mutant: the JDK's ReentrantLock, in a class the architecture rule does not read. */
final class Borrowed {

    private final ReentrantLock lock = new ReentrantLock(true);

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    int holds() {
        return lock.getHoldCount();
    }
}
