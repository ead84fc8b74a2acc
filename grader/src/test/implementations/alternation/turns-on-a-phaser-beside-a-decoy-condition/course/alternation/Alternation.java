package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/** Mutant: a Phaser orders the printers; the condition is a decoy nobody waits on. */
public final class Alternation {

    private final Lock lock = new ReentrantLock();
    private final Condition turnPassed = lock.newCondition();
    private final Phaser turns = new Phaser(1);
    private final IntConsumer out;
    private int decoyWaiters;

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
            for (int phase = turns.getPhase(); phase != number; phase = turns.getPhase()) {
                turns.awaitAdvance(phase);
            }
            lock.lock();
            try {
                while (decoyWaiters > 0) {
                    turnPassed.awaitUninterruptibly();
                }
                out.accept(number);
                turnPassed.signalAll();
            } finally {
                lock.unlock();
            }
            turns.arrive();
        }
    }
}
