/**
 * <h2>Exercise {@code event}: the boss says go</h2>
 *
 * <p>Five workers wait for the boss. When the boss announces overtime, all five start at once;
 * the first worker back at the board wipes the announcement, and they wait again, this time for
 * the boss to say the day is over. One thread changes a condition; many threads wait until it
 * holds. That is an <em>event</em>: a flag with {@code set()}, {@code clear()} and {@code await()}.
 *
 * <p>Waiting must cost nothing. A thread that loops checking the flag (<em>spinning</em>) burns a
 * whole core while doing no work, and a loop with {@code sleep} in it wakes late and still burns
 * something. A {@link java.util.concurrent.locks.Condition} lets a thread sleep until another
 * thread signals it: the waiting thread holds the lock, calls {@code await()} — which releases the
 * lock while it sleeps and takes it back before returning — and the setting thread, holding the same
 * lock, changes the flag and calls {@code signalAll()}.
 *
 * <p>Three mistakes are classic:
 * <ul>
 *   <li>{@code signal()} wakes <em>one</em> waiter; the boss must wake them all: {@code signalAll()}.</li>
 *   <li>Checking the flag outside the lock, then waiting: the boss can set it in between, and the
 *       signal goes to nobody — a <em>lost wake-up</em>. Check and wait under the same lock.</li>
 *   <li>The announcement is wiped ({@code clear()}) right after it was made: a waiter woken by
 *       {@code set()} that checks the flag again finds it false and goes back to sleep, for ever. A
 *       waiter must return once a {@code set()} has happened since it began waiting, whatever the flag
 *       says by the time it wakes — count the {@code set()}s (a <em>generation</em>) and wait while
 *       the flag is down and the generation is the one you arrived in.</li>
 * </ul>
 *
 * <p>Two more are as common: waiting with {@code if} instead of {@code while} (a waiter may be woken
 * by something that is not a {@code set()}, and the JDK allows even a wake-up with no cause at all —
 * a <em>spurious wake-up</em>); and a timed wait that, on each wake-up, waits its whole timeout again
 * instead of the time left, so that it never gives up while other threads keep the lock busy.
 *
 * <p><b>Your task:</b> complete {@link course.event.Event}. The grader has five workers (two of them
 * with a timeout) wait while the boss sets and at once clears the event, round after round, and
 * reports whether waiters were never woken, woken one at a time, or woken before {@code set()}; it
 * wakes waiting workers without a {@code set()} while another thread clears the event, and checks
 * that they wait on and that a timed wait still ends on time; it interrupts waiting workers
 * (they must throw {@code InterruptedException} and leave the event as it was), tries timeouts of
 * zero and under a millisecond, and measures the CPU time of waiting threads against a thread
 * blocked in the JDK's own latch. Grade just this exercise with
 * {@code mvn verify -Dexercise=event}.
 */
package course.event;
