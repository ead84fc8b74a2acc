/**
 * <h2>Exercise {@code deadlock}: two locks, two orders, no way forward</h2>
 *
 * <p>Five threads each call {@code f()} and then {@code g()}. {@code f()} takes lock A, pauses,
 * then takes lock B; {@code g()} takes lock B, pauses, then lock A. Alone, each thread finishes.
 * Together, sooner or later one thread is inside {@code f()} holding A and waiting for B while
 * another is inside {@code g()} holding B and waiting for A. Each waits for a lock the other will
 * release only after getting the lock it waits for: a <em>deadlock</em>. Nothing fails, nothing is
 * printed; the program just stops moving, forever.
 *
 * <p>A deadlock needs a cycle: thread 1 waits for thread 2, which waits (perhaps through others)
 * for thread 1. Break the cycle and the deadlock cannot happen. Two ways:
 * <ul>
 *   <li><b>One lock for both.</b> If A and B protect the same state, make them one lock. But
 *       {@code f()} then takes that lock, and takes it again where it used to take B: the lock must
 *       be <em>reentrant</em> — the thread that holds it may take it again, and it is released when
 *       it has been unlocked as many times as it was locked. A non-reentrant lock taken twice by
 *       the same thread waits for itself: a deadlock of one.</li>
 *   <li><b>One order for all.</b> Keep two locks, but have every thread take them in the same
 *       order (A before B, always). Then nobody can hold B while waiting for A.</li>
 * </ul>
 *
 * <p><b>Part a:</b> fix {@link course.deadlock.Workshop}: as given, it deadlocks.
 * <b>Part b:</b> write {@link course.deadlock.ReentrantMutex}, a reentrant lock of your own on top
 * of a plain Java monitor ({@code synchronized}, {@code wait}, {@code notifyAll}): it remembers
 * its owner and how many times the owner locked it.
 *
 * <p>A thread that waits for the mutex waits in {@code wait()}, in a {@code while} loop: woken, it
 * looks again, because {@code notifyAll()} wakes every waiter and only one gets the lock (an
 * {@code if} lets the others in too). And {@code wait()} may end with an
 * {@code InterruptedException}: someone asked the thread to stop what it is doing. {@code lock()}
 * cannot stop — it returns nothing that could say "no lock" — so it catches the exception,
 * remembers it, goes on waiting, and once it holds the lock calls
 * {@code Thread.currentThread().interrupt()} to hand the request on to its caller. Swallowing the
 * interrupt hides it; taking the lock because of it breaks the exclusion; restoring it inside the
 * loop makes every next {@code wait()} throw at once, and the thread spins.
 *
 * <p>The grader runs {@code f()} and {@code g()} from many threads for many rounds: every thread
 * must finish, and the work must never run in two threads at once. It calls the mutex from owners
 * and from other threads — locking twice, unlocking once too often, interrupting a waiter,
 * measuring the CPU time of waiting threads — and checks each answer against the Javadoc. If your version deadlocks, the
 * grader stops it and shows the cycle: which thread holds which lock and waits for which. Grade
 * just this exercise with {@code mvn verify -Dexercise=deadlock}.
 */
package course.deadlock;
