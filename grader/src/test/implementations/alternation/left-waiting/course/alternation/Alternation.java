package course.alternation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Mutant: printers wait for one more turn after their last number; print() does not join them. */
public final class Alternation {

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Lock lock = new ReentrantLock();
        Condition turnPassed = lock.newCondition();
        int[] next = {0};
        CountDownLatch allPrinted = new CountDownLatch(count);
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            Thread thread = new Thread(() -> {
                lock.lock();
                try {
                    for (int number = first; number < count; number += printers) {
                        while (next[0] != number) {
                            turnPassed.awaitUninterruptibly();
                        }
                        out.accept(number);
                        next[0]++;
                        allPrinted.countDown();
                        turnPassed.signalAll();
                    }
                    turnPassed.awaitUninterruptibly();
                } finally {
                    lock.unlock();
                }
            }, "printer-" + printer);
            thread.setDaemon(true);
            thread.start();
        }
        allPrinted.await();
    }
}
