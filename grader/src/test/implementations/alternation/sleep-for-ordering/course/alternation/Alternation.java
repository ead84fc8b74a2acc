package course.alternation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Mutant: a printer sleeps until the shared counter reaches its number. */
public final class Alternation {

    private static volatile int next;

    private Alternation() {
    }

    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        next = 0;
        List<Thread> threads = new ArrayList<>();
        for (int printer = 0; printer < printers; printer++) {
            int first = printer;
            threads.add(new Thread(() -> {
                for (int number = first; number < count; number += printers) {
                    while (next != number) {
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    out.accept(number);
                    next = number + 1;
                }
            }, "printer-" + printer));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
