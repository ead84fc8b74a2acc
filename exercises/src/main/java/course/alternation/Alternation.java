package course.alternation;

import java.util.function.IntConsumer;

/** Printers that take turns. Keep the public method as it is: the grader calls it. */
public final class Alternation {

    private Alternation() {
    }

    /**
     * Prints 0 to {@code count − 1} with {@code printers} threads taking turns round-robin: printer
     * {@code p} (a thread of its own, started here) prints {@code p}, {@code p + printers},
     * {@code p + 2 × printers}, …, each by calling {@code out.accept(number)} from its own thread, one
     * number at a time: the print of a number has returned before the next one's begins. Returns once
     * every number is printed and every printer thread has ended (join them, with no time-out: however
     * long {@code out} takes over a number, print waits for it). Each call of print has
     * its own turn: several calls may run at once. With 1 printer, that one thread prints everything.
     * A printer waits for its turn on a condition variable (a {@code Condition} of a {@code Lock}, or
     * a monitor's {@code wait}/{@code notifyAll}): that is this exercise's lesson, and a point of the
     * grade asks for one, and another sees the printers asleep in it. Another synchronizer (a ring
     * of semaphores) can order the printout too, but does not earn those points. A printer thread
     * is print's own, with no caller to report an interrupt to: if something interrupts it while it
     * waits for its turn, it waits on and prints its numbers all the same
     * ({@code Condition.awaitUninterruptibly} does just that), so print
     * still returns once every number is printed.
     *
     * @param count    how many numbers to print; 0 or more, up to any {@code int}
     * @param printers how many threads take turns; 1 or more
     * @param out      receives each number, from the thread that prints it
     * @throws InterruptedException if the calling thread is interrupted while it waits for the
     *                              printers: print then throws at once (let the exception from
     *                              {@code join()} propagate as it is, the thread's interrupt status
     *                              clear; do not catch and ignore it); the printers it started may
     *                              finish the printout on their own
     */
    public static void print(int count, int printers, IntConsumer out) throws InterruptedException {
        // TODO: a lock, a condition, and the next number to print, shared by the printer threads.
        // TODO: start one thread per printer: wait while it is not its number's turn, print, move on, signal.
        // TODO: wait for every printer thread to end.
        throw new UnsupportedOperationException("TODO: Alternation.print");
    }
}
