package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Mutant: No printer signals: each waiting printer wakes every millisecond from a timed await to
 * look at the turn again. The order is right; the waiting is polling.
 */
public final class Alternation {

    private final Lock lock = new ReentrantLock();
    private final Condition turnPassed = lock.newCondition();
    private final IntConsumer out;
    private int next;

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
        for (int number = first; number < count; number += step) {
            lock.lock();
            try {
                while (next != number) {
                    awaitOneMillisecond();
                }
                out.accept(number);
                next++;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Wakes every millisecond to look at the turn again, so no printer needs to signal the others. */
    private void awaitOneMillisecond() {
        try {
            turnPassed.await(1, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
