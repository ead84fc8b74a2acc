/**
 * <h2>Exercise {@code counter}: shared state behind a lock</h2>
 *
 * <p>Two threads run {@code balance = balance + 6; balance = balance - 6;} on the same field a
 * million times each. Every pair of lines leaves the balance where it was, so it should end where
 * it began. It does not: {@code balance = balance + 6} is three steps (read the field, add, write
 * the field back), and a thread can be paused between any two of them. If thread A (adding 6)
 * reads 100, thread B (subtracting 6) reads 100 too, A writes 106 and B writes 94, then A's update
 * is lost — B wrote over it with a value computed from the old balance: the balance is now 6 lower
 * than it should be. The more threads and the busier the machine, the
 * more updates vanish. Run the same program twice and you get two different wrong answers.
 *
 * <p>The code that reads, changes and writes shared state is a <em>critical section</em>: at most
 * one thread may be inside it at a time. A {@link java.util.concurrent.locks.Lock} enforces that:
 *
 * <pre>{@code
 * lock.lock();          // wait until no other thread holds the lock, then take it
 * try {
 *     balance = balance + amount;   // the critical section: one thread at a time
 * } finally {
 *     lock.unlock();    // always give it back — even when the critical section throws
 * }
 * }</pre>
 *
 * <p>Three rules make this work:
 * <ol>
 *   <li><b>One lock guards the state, and everyone uses the same one.</b> A lock created inside
 *       the method is a new lock on every call: each thread locks its own, nobody waits, and the
 *       updates are lost exactly as before.</li>
 *   <li><b>Unlock in {@code finally}.</b> If the critical section throws and {@code unlock()} is
 *       skipped, the lock stays held by a thread that has moved on, and every other thread waits
 *       for it forever.</li>
 *   <li><b>Keep the critical section small.</b> While one thread holds the lock, all others wait.
 *       Work that touches no shared state — a slow computation, a call to another system —
 *       belongs outside it, where threads can do it at the same time.</li>
 * </ol>
 *
 * <p>Reads need the lock too. Without it (or {@code volatile}) nothing guarantees that a thread
 * reading the balance ever sees another thread's deposit: the compiler may read the field once and
 * keep the value. And a check and the change it guards belong in one critical section: if
 * {@code withdraw} checks the balance, unlocks, and locks again to take the money, two threads can
 * both see enough money and both take it (check-then-act).
 *
 * <p>{@code volatile} is not a lock: it makes each read see the latest write, but
 * {@code balance += amount} is still read-then-write, and two threads can still interleave between
 * the two.
 *
 * <p><b>Your task:</b> complete {@link course.counter.Account}. The grader runs it from many
 * threads at once and checks the balance is exact, that jcstress never observes a lost update,
 * that threads withdrawing the whole balance at once get it exactly once, that a reader sees other
 * threads' deposits, that a failing withdrawal leaves the lock free, that every thread and method
 * waits for the same {@code java.util.concurrent.locks.Lock}, that ten slow deposits take about
 * as long as one, and that a computed deposit computes its amount once. A model checker also runs two
 * threads' calls under every schedule it reaches: the balances, the refusals and the ledger's
 * entries must be what the same calls made one at a time give.
 * Grade just this exercise with {@code mvn verify -Dexercise=counter}.
 */
package course.counter;
