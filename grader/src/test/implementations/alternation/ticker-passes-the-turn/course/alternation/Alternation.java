package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Wrong: a printer that has printed passes the turn and wakes nobody. A helper thread of
 * the printout polls the turn every 3 ms and signals the printers when it moved. Printers block untimed.
 */
public final class Alternation {

    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(3);
    private final Lock lock = new ReentrantLock();
    private final Condition turnPassed = lock.newCondition();
    private final Condition tick = lock.newCondition();
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
            threads.add(new Thread(() -> shared.printEvery(first, printers, count), "printer-" + printer));
        }
        Thread ticker = new Thread(shared::tick, "printer-" + printers);
        ticker.setDaemon(true);
        ticker.start();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        ticker.join();
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
            } finally {
                lock.unlock();
            }
        }
    }

    private void tick() {
        lock.lock();
        try {
            int seen = -1;
            while (next < count) {
                if (next != seen) {
                    seen = next;
                    turnPassed.signalAll();
                }
                tick.awaitNanos(TICK);
            }
        } catch (InterruptedException e) {
            // end
        } finally {
            lock.unlock();
        }
    }
}
