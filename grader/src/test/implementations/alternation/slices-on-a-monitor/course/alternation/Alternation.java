package course.alternation;

import java.util.function.IntConsumer;

/**
 * Correct alternative: a monitor instead of a Lock, and a printer that waits for its turn in
 * slices of 10 ms (wait(10) in a while loop). Every turn is signalled with notifyAll(), so the
 * slices only add looks; the next printer is woken when the turn passes. An interrupt is
 * remembered and restored once the printer's numbers are out.
 */
public final class Alternation {

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
            threads[printer].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private synchronized void printEvery(int first, int step, int count) {
        boolean interrupted = false;
        for (int number = first; number < count; number += step) {
            while (next != number) {
                try {
                    wait(10);
                } catch (InterruptedException e) {
                    interrupted = true; // nobody to report it to but the thread itself, once its numbers are out
                }
            }
            out.accept(number);
            next++;
            notifyAll();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
