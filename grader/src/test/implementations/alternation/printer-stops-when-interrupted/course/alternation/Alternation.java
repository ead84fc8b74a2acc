package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Mutant: a printer interrupted while it waits for its turn stops printing. */
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
                    try {
                        turnPassed.await();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
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
