package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Mutant: one turn for every call of print. */
public final class Alternation {

    private static final Lock LOCK = new ReentrantLock();
    private static final Condition TURN_PASSED = LOCK.newCondition();
    private static int next;

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        LOCK.lock();
        try {
            next = 0;
        } finally {
            LOCK.unlock();
        }
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> {
                for (int number = first; number < count; number += printers) {
                    LOCK.lock();
                    try {
                        while (next != number) {
                            TURN_PASSED.awaitUninterruptibly();
                        }
                        out.accept(number);
                        next++;
                        TURN_PASSED.signalAll();
                    } finally {
                        LOCK.unlock();
                    }
                }
            }, "printer-" + printer));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
