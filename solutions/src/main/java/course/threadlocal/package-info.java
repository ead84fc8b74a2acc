/**
 * <h2>Exercise {@code threadlocal}: each thread its own student</h2>
 *
 * <p>A school office serves many students at once, one thread per student. Down the call chain
 * — {@link course.threadlocal.Transcript#header()} formats a page, somewhere below the code that
 * knows whose page it is, however many calls down — the code needs the current student's name. Passing it as a
 * parameter through every method on the way is tedious; a plain {@code static} field is wrong, since
 * all threads share it and each overwrites the others' student.
 *
 * <p>A {@link java.lang.ThreadLocal} is a variable with one value <em>per thread</em>: each thread
 * that calls {@code set} and {@code get} sees only its own value, with no locking, because no value
 * is shared. It is how request context, the current user or a transaction travel down a call chain
 * in servers.
 *
 * <p>It has one trap. Servers run tasks on a <em>pool</em> of threads that live for ever. A value
 * set for one task stays on the thread after the task ends, and the next task on that thread —
 * another student's — sees it. So the code that sets the value must also {@code remove()} it when
 * the task is done, in a {@code finally} block, so that it is removed even when the task throws
 * (an exception or an {@code Error}), and let what the task threw reach the caller unchanged.
 * ({@code set(null)} is not the same: the thread keeps an entry for the ThreadLocal.)
 *
 * <p>Calls may nest: a task may itself call {@code callAs} for another student. Inside the inner
 * task the inner student is current; when it ends, however it ends, the outer student is current
 * again, and only the outermost call leaves the thread with no student. So remember what was there
 * before, and put it back in {@code finally} ({@code remove()} when there was nothing). What was
 * there decides, not who: a nested call for the student already current is still nested.
 *
 * <p><b>Your task:</b> complete {@link course.threadlocal.StudentContext}. The grader serves
 * thousands of students from many threads and checks that each sees only its own name, that on
 * a pool of reused threads no task ever sees a student left behind by an earlier one, that nested
 * calls give the outer student back, and that a task that throws leaves nothing behind; a model
 * checker runs two threads under every schedule it reaches, and no read may name the other
 * thread's student. Grade just
 * this exercise with {@code mvn verify -Dexercise=threadlocal}.
 */
package course.threadlocal;
