/**
 * <h2>Exercise {@code ipc}: processes and the pipes between them</h2>
 *
 * <p>A thread shares everything with the other threads of its process. A <em>process</em> shares
 * nothing: its own memory, its own copy of every static field — change a static field in a child
 * process and the parent never sees it. The notes start child processes with
 * {@code multiprocessing.Process} and pass data through a {@code Queue} or a {@code Pipe}; in Java a
 * child is another JVM, started with {@link java.lang.ProcessBuilder}, and the pipe between them is
 * the child's standard input and output.
 *
 * <p>Three things make that pipe work:
 * <ul>
 *   <li><b>Framing.</b> A pipe carries bytes, not messages: two writes can arrive as one read, one
 *       write as two. To send messages, put each one in a <em>frame</em>: its length (4 bytes), then
 *       its bytes. The reader reads exactly the length, then exactly that many bytes. Lines do not
 *       work: a message may itself contain a newline.</li>
 *   <li><b>Reading while writing.</b> A pipe holds only about 64 KB. If the parent writes all its
 *       messages before reading any reply, the child fills its output pipe, blocks writing, stops
 *       reading, the parent's input pipe fills, the parent blocks writing — and both wait for ever.
 *       Read the replies in a second thread while writing.</li>
 *   <li><b>The third pipe.</b> A child's standard error is a pipe too, and just as small. A child
 *       that logs more than 64 KB to a pipe that nobody reads blocks in the middle of a log line
 *       and never answers again. Give it somewhere to go when you start the child:
 *       {@code redirectError(Redirect.DISCARD)} or {@code Redirect.INHERIT}, or a thread that reads
 *       {@code getErrorStream()} to its end (keep its last lines: when a child crashes, they say
 *       why). Not a file: the grader refuses files to this exercise. Never merge it into the replies with {@code redirectErrorStream(true)}:
 *       its log lines would land between your frames.</li>
 *   <li><b>Ending children.</b> A child that is never waited for, or never stopped, outlives its
 *       parent. Close its input so it sees the end, wait for it a little, destroy it if it does not
 *       end, and wait for it to be gone. Some children are stubborn: they keep running when their
 *       input ends, and {@code destroy()} only <em>asks</em> (a SIGTERM, which a shutdown hook can
 *       ignore). So escalate: {@code waitFor} with a timeout, then {@code destroyForcibly()} (SIGKILL,
 *       which nothing ignores), then {@code waitFor} until it is gone — every wait bounded but the
 *       last, which a killed process always ends.</li>
 * </ul>
 *
 * <p><b>Your task:</b> write {@link course.ipc.Framing}, the three child programs
 * ({@link course.ipc.EchoChild}, {@link course.ipc.EvalChild}, {@link course.ipc.CounterChild}) and
 * {@link course.ipc.ChildProcess}. {@link course.ipc.JavaLauncher} (given) builds the command that
 * starts a class's {@code main} in a new JVM with this program's class path: start every child with
 * it, and change nothing of the command, environment or folder it sets. The grader compiles its own
 * copy of {@code JavaLauncher} in place of yours and refuses any other way to start a process
 * ({@code new ProcessBuilder}, its {@code command()}, {@code environment()}, {@code Runtime.exec}).
 * Redirecting the streams of the builder it returns and starting it is yours. The grader checks
 * {@code Framing} alone on a stream that hands out a few bytes at a time, real process ids,
 * thousands of messages and megabyte-sized ones, a child that floods its standard error, a child
 * that computes, a static field the parent never sees change, and {@code terminate()} and
 * {@code close()} with a child that refuses to end: no child may be left running. Grade just this
 * exercise with {@code mvn verify -Dexercise=ipc}.
 */
package course.ipc;
