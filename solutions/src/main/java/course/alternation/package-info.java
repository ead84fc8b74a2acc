/**
 * <h2>Exercise {@code alternation}: two printers take turns</h2>
 *
 * <p>Two threads share the printing of 0, 1, 2, … 9: one prints the even numbers, the other the
 * odd ones, strictly in turn. The lecture notes do it with one condition variable, like this:
 *
 * <pre>{@code
 * even printer:  lock; for each even n: print n; wait; signal; unlock
 * odd printer:   lock; for each odd n:  print n; signal; wait; unlock
 * }</pre>
 *
 * <p>Whether it works depends on which printer takes the lock first. When the even printer does, it
 * prints 0 to 9 in order and both printers end. When the odd printer does, it prints 1, signals —
 * nobody is waiting yet, so the signal is lost — and waits; the even printer then prints 0 and waits
 * too: the printout is "1 0", out of order, and both wait for ever. A signal reaches only a thread
 * already waiting; "print, then hope the other one is waiting" depends on timing.
 *
 * <p>The robust shape keeps the turn in shared state: a variable saying whose turn it is (or which
 * number comes next), guarded by a lock. Each printer, holding the lock, waits <em>while</em> it is
 * not its turn ({@code while}, not {@code if}: a thread may wake when it is still not its turn,
 * especially with more than two printers and {@code signalAll()}), prints, moves the turn on, and
 * signals the others. Checking the turn and waiting happen under the same lock, without releasing it
 * in between: a signal sent between a check made without the lock and the {@code await()} is lost,
 * and the printer waits for ever. A waiting printer sleeps in {@code await()}; it never loops on the
 * turn (busy-waiting burns a core). When its last number is printed it leaves — and nobody waits for a turn that
 * will never come. {@code Thread.sleep} is no way to take turns: it only makes the wrong order rarer.
 *
 * <p><b>Your task:</b> write {@link course.alternation.Alternation#print}, first for two printers,
 * then for any number of printers taking turns round-robin. The grader checks the exact sequence and
 * who printed each number for odd and even counts and 1 to 4 printers (also while every other printer
 * is held waiting at each turn, and with several calls of print at once), that one number is printed
 * at a time, that every printer thread has ended when print returns, that waiting threads use no
 * CPU, that an interrupted print throws {@code InterruptedException}, and that the printers wait on
 * a condition variable ({@code Condition} or monitor) that they signal — never sleeping, yielding or
 * spinning to keep order. The condition variable is the lesson: a printout ordered by another
 * synchronizer (semaphores) can be right, and still misses that point. Grade just this exercise with
 * {@code mvn verify -Dexercise=alternation}.
 */
package course.alternation;
