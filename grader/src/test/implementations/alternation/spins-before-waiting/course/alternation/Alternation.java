package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Mutant: spin on the volatile turn first ("cheaper than blocking"), then wait on the monitor. */
public final class Alternation {

    private volatile int next;

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Alternation shared = new Alternation();
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> shared.printEvery(first, printers, count, out), "printer-" + printer));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void printEvery(int first, int step, int count, IntConsumer out) {
        for (int number = first; number < count; number += step) {
            while (next != number) {
                // spin: the turn comes soon
            }
            synchronized (this) {
                while (next != number) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                out.accept(number);
                next++;
                notifyAll();
            }
        }
    }
}
