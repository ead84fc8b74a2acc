package course.alternation;

import java.util.function.IntConsumer;

/**
 * Wrong: after each number a printer wakes one waiting printer with notify(), which may not be the
 * one whose turn it is; a wait(15) "to be safe" hides the lost turn, so that printer finds its turn
 * only when its wait runs out. With two printers there is only one to wake and it is always right.
 */
public final class Alternation {

    private static final long SAFETY_MILLIS = 15;

    private final IntConsumer out;
    private int next;

    private Alternation(IntConsumer out) {
        this.out = out;
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Alternation shared = new Alternation(out);
        Thread[] threads = new Thread[printers];
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads[printer] = new Thread(() -> shared.printEvery(first, printers, count));
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private synchronized void printEvery(int first, int step, int count) {
        for (int number = first; number < count; number += step) {
            while (next != number) {
                try {
                    wait(SAFETY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.accept(number);
            next++;
            notify();
        }
    }
}
