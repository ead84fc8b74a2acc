package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Mutant: an even/odd turn, right only for two printers. */
public final class Alternation {

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Object monitor = new Object();
        int[] turn = {0};
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> {
                for (int number = first; number < count; number += printers) {
                    synchronized (monitor) {
                        while (turn[0] != number % 2) {
                            try {
                                monitor.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        out.accept(number);
                        turn[0] = 1 - turn[0];
                        monitor.notifyAll();
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
