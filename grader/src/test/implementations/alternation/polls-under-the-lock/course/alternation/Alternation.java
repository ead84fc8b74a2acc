package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Wrong: the turn is passed on without a signal. Each printer holds the lock while it prints and
 * waits for its turn in timed awaits of 20 ms, so it notices the turn only at its next look. The one
 * signalAll() comes after the last number.
 */
public final class Alternation {

    private final Lock lock = new ReentrantLock();
    private final Condition turnPassed = lock.newCondition();
    private final IntConsumer out;
    private final int count;
    private int next;

    private Alternation(IntConsumer out, int count) {
        this.out = out;
        this.count = count;
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Alternation shared = new Alternation(out, count);
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> shared.printEvery(first, printers), "printer-" + printer));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void printEvery(int first, int step) {
        for (int number = first; number < count; number += step) {
            lock.lock();
            try {
                while (next != number) {
                    try {
                        turnPassed.await(20, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                out.accept(number);
                next++;
                if (next == count) {
                    turnPassed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
