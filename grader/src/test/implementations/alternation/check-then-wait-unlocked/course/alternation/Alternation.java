package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Mutant: the turn is checked without the lock, so the signal can come before the await. */
public final class Alternation {

    private final Lock lock = new ReentrantLock();
    private final Condition turnPassed = lock.newCondition();
    private volatile int next;

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Alternation shared = new Alternation();
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> {
                for (int number = first; number < count; number += printers) {
                    while (shared.next != number) {
                        shared.lock.lock();
                        try {
                            shared.turnPassed.awaitUninterruptibly();
                        } finally {
                            shared.lock.unlock();
                        }
                    }
                    shared.lock.lock();
                    try {
                        out.accept(number);
                        shared.next++;
                        shared.turnPassed.signalAll();
                    } finally {
                        shared.lock.unlock();
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
