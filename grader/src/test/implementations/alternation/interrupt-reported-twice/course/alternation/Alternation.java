package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Wrong: the reference, but print restores the interrupt status before it rethrows the InterruptedException. */
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
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // never lose an interrupt
            throw interrupted;
        }
    }

    private void printEvery(int first, int step, int count) {
        for (int number = first; number < count; number += step) {
            lock.lock();
            try {
                while (next != number) {
                    turnPassed.awaitUninterruptibly();
                }
                out.accept(number);
                next++;
                turnPassed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
