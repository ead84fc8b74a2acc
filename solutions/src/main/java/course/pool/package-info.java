/**
 * <h2>Exercise {@code pool}: a fixed pool of workers</h2>
 *
 * <p>The notes create {@code Pool(4)}: four workers that take tasks from a queue, many more tasks
 * than workers, {@code apply_async} to hand in a task and get its result later, {@code map} to run one
 * function over a list, {@code close()} to stop taking work and {@code join()} to wait for the rest.
 * Starting a thread per task instead would be simpler and wrong: a thousand tasks make a thousand
 * threads, each with its own stack, all fighting for the same few cores.
 *
 * <p>The parts of a pool, and what each must get right:
 * <ul>
 *   <li><b>A queue of tasks</b> ({@link java.util.concurrent.BlockingQueue}): {@code submit} puts,
 *       workers {@code take()} — which blocks while the queue is empty, so idle workers cost nothing.</li>
 *   <li><b>Workers</b>: n platform threads ({@code new Thread} or {@code Thread.ofPlatform()}), started
 *       once, each looping take-run-take. A pool exists because platform threads are costly to start;
 *       virtual threads are cheap, one per task, and never pooled (JEP 444 says so), and the grader's
 *       model checker cannot follow them, so a pool of virtual workers loses the schedule check.
 *       A task that throws must
 *       not kill its worker: the exception belongs to the task's future. Nor may a task that ends
 *       with its thread's interrupt flag set (it caught an {@code InterruptedException} and restored
 *       the flag, as it should): that interrupt was the task's, and left set it makes the worker's
 *       next {@code take()} throw at once. Clear it ({@code Thread.interrupted()}) after each task,
 *       as the JDK's own pools do.</li>
 *   <li><b>Futures</b> ({@link java.util.concurrent.FutureTask} or
 *       {@link java.util.concurrent.CompletableFuture}): the caller's handle on a result that does
 *       not exist yet; {@code get()} waits for it, and rethrows the task's exception wrapped in an
 *       {@link java.util.concurrent.ExecutionException}.</li>
 *   <li><b>Order</b>: {@code map} returns results in the order of its inputs, not the order in which
 *       they happened to finish.</li>
 *   <li><b>Shutdown</b>: after {@code close()}, {@code submit} is refused, but queued tasks still run.
 *       {@code join()} returns only when every task has run <em>and</em> every worker has ended —
 *       workers blocked in {@code take()} on an empty queue must be told to stop (one "poison pill"
 *       task per worker, or an interrupt), or they live for ever. {@code join()} must not look at the
 *       queue instead: a task taken from it may still be running.</li>
 *   <li><b>The race between submit and close</b>: "if not closed, queue the task" is check-then-act.
 *       If {@code close()} runs between the check and the queueing, the task lands behind the workers'
 *       last one — accepted, and never run. Check the flag and queue the task under the one lock
 *       {@code close()} takes to set it, so that each submit comes wholly before or wholly after it.</li>
 *   <li><b>Errors</b>: a task may throw an {@link java.lang.Error} (a failed {@code assert}), not only an
 *       Exception. A worker that catches {@code Exception} only dies of it, and the task's future is
 *       never completed. Nor may the worker rethrow the Error once it has completed the future: the
 *       future is how the Error reaches the caller, and rethrown it ends the worker thread — each Error
 *       costs the pool a worker, and once all are gone the queued tasks never run.</li>
 * </ul>
 *
 * <p>Building the pool is the lesson: do not use {@code ExecutorService}, {@code Executors},
 * {@code ForkJoinPool} or {@code CompletableFuture.supplyAsync}.
 *
 * <p><b>Your task:</b> complete {@link course.pool.WorkerPool}. The grader measures the largest
 * number of tasks running at once, the order of {@code map}'s results, exceptions and errors reaching
 * the caller, refusal after close (also while other threads are submitting), every method before and
 * after close, that join waits while tasks run or wait, that no worker thread is alive after join, and
 * the CPU time of idle workers and of a thread waiting in join. Grade just this exercise with
 * {@code mvn verify -Dexercise=pool}.
 */
package course.pool;
