package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Correct alternative: the reference, but a printer waits for its turn in slices of 100 ms,
 * looking again after each: a timed wait in a loop, which still waits as long as it takes.
 */
public final class Alternation {

    private final Lock lock = new ReentrantLock();
    private final Condition turnPassed = lock.newCondition();
    private final IntConsumer out;
    private int next;

    private static final long SLICE_MILLIS = 100;

    private Alternation(IntConsumer out) {
        this.out = out;
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Alternation shared = new Alternation(out);
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> shared.printEvery(first, printers, count), "printer-" + printer));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void printEvery(int first, int step, int count) {
        boolean interrupted = false;
        for (int number = first; number < count; number += step) {
            lock.lock();
            try {
                while (next != number) {
                    interrupted |= awaitASliceWasInterrupted();
                }
                out.accept(number);
                next++;
                turnPassed.signalAll();
            } finally {
                lock.unlock();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One slice of waiting; an interrupt is remembered, not restored, so the next slice waits too. */
    private boolean awaitASliceWasInterrupted() {
        try {
            turnPassed.await(SLICE_MILLIS, TimeUnit.MILLISECONDS);
            return false;
        } catch (InterruptedException interrupted) {
            return true;
        }
    }
}
