package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** A correct alternative: a condition per printer, and the turn passed to exactly the next printer. */
public final class Alternation {

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        List<Condition> yourTurn = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            yourTurn.add(lock.newCondition());
        }
        int[] turn = {0};
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int me = printer;
            threads.add(Thread.ofPlatform().name("printer-" + me).unstarted(() -> {
                for (int number = me; number < count; number += printers) {
                    lock.lock();
                    try {
                        while (turn[0] != number) {
                            yourTurn.get(me).awaitUninterruptibly();
                        }
                        out.accept(number);
                        turn[0]++;
                        yourTurn.get((me + 1) % printers).signal();
                    } finally {
                        lock.unlock();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
