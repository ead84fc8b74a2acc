package course.alternation;

import java.util.function.IntConsumer;

public final class Alternation {

    private Alternation() {
    }

    /** No turns at all: each printer prints its own numbers as fast as it can, nobody waits for anybody. */
    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        Thread[] threads = new Thread[printers];
        for (int p = 0; p < printers; p++) {
            int first = p;
            threads[p] = new Thread(() -> {
                for (int n = first; n < count; n += printers) {
                    out.accept(n);
                }
            });
            threads[p].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
