package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Reference solution: the next number under one lock, one condition, signalAll after every turn. */
public final class Alternation {

    // Mutant: one lock and one condition for every call of print; each call still has its own turn.
    private static final Lock lock = new ReentrantLock();
    private static final Condition turnPassed = lock.newCondition();
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
