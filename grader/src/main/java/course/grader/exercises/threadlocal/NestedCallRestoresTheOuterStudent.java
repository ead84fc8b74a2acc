package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.WorkerFailedException;
import course.threadlocal.StudentContext;
import course.threadlocal.Transcript;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * callAs runs its task on the calling thread (a task on another thread would not see the caller's
 * other per-thread values, nor the locks it holds), and "" is a student like any other. Calls
 * nested three deep, and {@value #DEEPEST} deep, each give back the student of the call around
 * them, and a caller whose interrupt status is set is served like any other. A task calls callAs for another student, once returning and once throwing, then for its own
 * student again: the inner task sees the inner student, the outer task sees its own again
 * afterwards, and the thread ends with none. Then {@value #THREADS} threads do the same at once,
 * {@value #ROUNDS} times each, each for students of its own, and two threads nest in lockstep
 * (one's nested call returns while the other's is inside): what a call puts back is its own
 * thread's, never another's.
 */
@CheckInfo(id = "nested-call-restores-the-outer-student", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "callAs runs the task on the caller's thread; a nested callAs serves the inner student, then gives the"
                + " outer one back, returning or throwing")
public final class NestedCallRestoresTheOuterStudent implements CheckBody {

    private static final String OUTER = "outer-student";
    private static final String INNER = "inner-student";
    private static final int THREADS = 4;
    private static final int ROUNDS = 2_000;
    /** How deep callAs is nested at most: beyond any fixed store a student might size "large enough". */
    private static final int DEEPEST = 40;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String KEPT_WHERE_THREADS_SHARE_THEM = "the students to put back are kept where the threads"
            + " share them (a static stack, list or field), so a call puts back what another thread's call saved. Only"
            + " the ThreadLocal's value, or a local variable of the call, belongs to one thread";

    @Override
    public void run(CheckContext context) throws Exception {
        requireTheCallersThread();
        anEmptyNameIsAStudent();
        everyNesting(OUTER, INNER, false);
        threeLevelsDeep("first", "second", "third");
        threeLevelsDeep("first", "second", "first");
        manyLevelsDeep();
        anInterruptedCallerIsServed();
        aTasksInterruptedExceptionIsPassedOn();
        try {
            ThreadGang.start("nesting-teller", THREADS, index -> {
                for (int round = 0; round < ROUNDS; round++) {
                    everyNesting(OUTER + "-" + index, INNER + "-" + index, true);
                }
            }).join(BOUND);
            inLockstep();
        } catch (WorkerFailedException failed) {
            if (failed.getCause() instanceof CheckFailure finding) {
                throw finding;
            }
            throw failed;
        }
    }

    /**
     * "" is a student's name like any other: only null means "no student", and a call for null
     * nested in a student's serves no student until it ends.
     */
    private static void anEmptyNameIsAStudent() throws Exception {
        String seen = StudentContext.callAs("", Neutral.callable(StudentContext::current));
        require("".equals(seen), "callAs(\"\", task) to run the task with \"\" as the current student",
                "the task saw " + (seen == null ? "null" : "\"" + seen + "\""),
                "an empty name is taken to mean \"no student\": only null means that, and \"\" is a name like any"
                        + " other");
        String[] seenForNobody = StudentContext.callAs(OUTER, Neutral.callable(() -> new String[] {
                StudentContext.callAs(null, Neutral.callable(StudentContext::current)), StudentContext.current()}));
        require(seenForNobody[0] == null && OUTER.equals(seenForNobody[1]), "callAs(null, task) inside a task serving '"
                        + OUTER + "' to run the inner task serving no student, and '" + OUTER + "' to be current again after",
                "the inner task saw '" + seenForNobody[0] + "', the outer one then '" + seenForNobody[1] + "'",
                "a call for null is skipped (\"nothing to set\"), so the outer student stays current inside it: null"
                        + " is what the inner task serves, and what current() must say there");
    }

    /**
     * Three calls nested: each end gives back the student of the call around it, not only the
     * outermost one's; and again with the outer student nested once more innermost (first, second,
     * first), where a store that finds what to give back by the student's name finds the wrong one.
     */
    private static void threeLevelsDeep(String first, String second, String third) throws Exception {
        String[] seen = StudentContext.callAs(first, Neutral.callable(() -> {
            String afterThird = StudentContext.callAs(second, Neutral.callable(() -> {
                StudentContext.callAs(third, Neutral.callable(StudentContext::current));
                return StudentContext.current();
            }));
            return new String[] {afterThird, StudentContext.current()};
        }));
        boolean repeated = first.equals(third);
        require(second.equals(seen[0]) && first.equals(seen[1]), "with callAs nested three deep, for '" + first
                        + "', '" + second + "' and '" + third + "', '" + second + "' to be current again after the"
                        + " third call, and '" + first + "' after the second",
                "after the third call the task saw '" + seen[0] + "', after the second '" + seen[1] + "'",
                repeated ? "the student to give back is looked up by name (List.remove(student) takes out the first,"
                        + " outermost occurrence), so with the same student at two levels the wrong entry goes: each"
                        + " call gives back the student it found, the innermost"
                        : "only one student is kept to give back (one variable for the whole thread), so the deeper"
                                + " calls overwrite it: each call must keep the student it found in a local variable of"
                                + " its own");
    }

    /**
     * Calls nested {@value #DEEPEST} deep, each for a student of its own level: however deep, each
     * end gives back the student of its level's caller (a store of fixed size runs out).
     */
    private static void manyLevelsDeep() throws Exception {
        String wrong = nestedFrom(1);
        require(wrong == null, "with callAs nested " + DEEPEST + " deep, each level to see its own student before and"
                        + " after the call it makes", wrong,
                "the students to give back are kept in a store that runs out (an array of fixed size, a bounded"
                        + " stack): past its end, a call overwrites what an outer call kept. A local variable of each"
                        + " call has room for every level");
    }

    /** The first wrong sighting from {@code level} down, or null. */
    private static String nestedFrom(int level) throws Exception {
        String student = "level-" + level;
        return StudentContext.callAs(student, Neutral.callable(() -> {
            String before = StudentContext.current();
            String deeper = level < DEEPEST ? nestedFrom(level + 1) : null;
            String after = StudentContext.current();
            if (deeper != null) {
                return deeper;
            }
            return student.equals(before) && student.equals(after) ? null
                    : "at level " + level + " the task saw '" + before + "' before its nested call and '" + after
                            + "' after it";
        }));
    }

    /**
     * A caller whose interrupt status is set is served like any other: callAs declares no wait, so
     * the task runs, as that student, and the status is still set in it and after it.
     */
    private static void anInterruptedCallerIsServed() throws Exception {
        boolean[] ranWithStatus = new boolean[2];
        Throwable thrown = ThreadGang.exceptionFrom("interrupted-caller", index -> {
            Thread.currentThread().interrupt();
            String seen = StudentContext.callAs(OUTER, Neutral.callable(() -> {
                ranWithStatus[1] = Thread.currentThread().isInterrupted();
                return StudentContext.current();
            }));
            ranWithStatus[0] = OUTER.equals(seen) && Thread.currentThread().isInterrupted();
        }, BOUND);
        require(thrown == null && ranWithStatus[0] && ranWithStatus[1], "callAs from a thread whose interrupt status"
                        + " is set to run the task as '" + OUTER + "', the status still set in the task and after it",
                thrown != null ? "it threw " + StudentCode.describe(thrown)
                        : !ranWithStatus[1] ? "the task ran with the status cleared, or did not run"
                        : "the call returned with the status cleared or another student seen",
                "the interrupt status is taken for a request to callAs, which waits for nothing: it belongs to the"
                        + " task and to the caller, and callAs must neither clear it nor act on it");
    }

    /**
     * A task that throws InterruptedException, from a caller whose status is clear: callAs passes the
     * same exception on and leaves the status clear, as it found it; it is the task's exception to
     * report, not a request to interrupt the caller.
     */
    private static void aTasksInterruptedExceptionIsPassedOn() throws Exception {
        InterruptedException cancelled = new InterruptedException("the task was cancelled");
        Throwable[] passedOn = new Throwable[1];
        boolean[] statusSetAfter = new boolean[1];
        Throwable thrown = ThreadGang.exceptionFrom("cancelled-caller", index -> {
            try {
                StudentContext.callAs(OUTER, Neutral.callable(() -> {
                    throw cancelled;
                }));
            } catch (InterruptedException caught) {
                passedOn[0] = caught;
            }
            statusSetAfter[0] = Thread.interrupted();
        }, BOUND);
        require(thrown == null && passedOn[0] == cancelled && !statusSetAfter[0], "callAs whose task throws"
                        + " InterruptedException to throw that exception unchanged, and to leave the caller's interrupt"
                        + " status as it was: clear",
                thrown != null ? "it threw " + StudentCode.describe(thrown)
                        : passedOn[0] != cancelled ? "the task's exception did not reach the caller unchanged"
                        : "the exception was passed on, and the caller's interrupt status was set afterwards",
                "callAs acts on the task's InterruptedException (it sets the interrupt status, as code that swallows"
                        + " the exception should): but it passes the exception on, and the status it sets then reaches"
                        + " the caller's next wait, which fails at once");
    }

    private static void requireTheCallersThread() throws Exception {
        Thread caller = Thread.currentThread();
        Thread ranOn = StudentContext.callAs(OUTER, Neutral.callable(Thread::currentThread));
        if (ranOn != caller) {
            throw new CheckFailure(Feedback.expected("callAs to run the task on the thread that called it")
                    .observed("the task ran on " + StudentCode.thread(ranOn.getName()) + ", not on the caller's thread")
                    .cause("callAs hands the task to another thread (a new one, or a pool's) and waits for it: the"
                            + " task then sees that thread's values, not the caller's, and a lock the caller holds"
                            + " keeps the task out")
                    .revisit("a ThreadLocal is set and read on one thread: set it, call task.call() right there, and"
                            + " clean up in finally"));
        }
    }

    /**
     * Two threads nest in an order the check sets, rather than one the scheduler may never choose (a
     * loaded machine runs each thread's rounds in one go): A enters its nested call, then B enters
     * its own, then A's nested call returns while B's is still inside. Anything the calls keep where
     * threads share it (a static stack) now gives A what B saved.
     */
    private static void inLockstep() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondInside = new CountDownLatch(1);
        CountDownLatch firstBack = new CountDownLatch(1);
        ThreadGang.start("lockstep-teller", 2, index -> {
            String outer = OUTER + "-lockstep-" + index;
            String seen = StudentContext.callAs(outer, Neutral.callable(() -> {
                if (index == 0) {
                    StudentContext.callAs(INNER + "-lockstep-0", Neutral.callable(() -> {
                        firstInside.countDown();
                        return secondInside.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    }));
                    firstBack.countDown();
                } else {
                    firstInside.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    StudentContext.callAs(INNER + "-lockstep-1", Neutral.callable(() -> {
                        secondInside.countDown();
                        return firstBack.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    }));
                }
                return StudentContext.current();
            }));
            require(outer.equals(seen), "the outer student '" + outer + "' to be current again after its nested call",
                    "the outer task then saw " + (seen == null ? "null" : "'" + seen + "'") + ", its nested call having"
                            + " returned while another thread's was inside",
                    KEPT_WHERE_THREADS_SHARE_THEM);
        }).join(BOUND);
    }

    /**
     * Every nesting, for students of one thread. {@code concurrently}: other threads do the same at
     * once, after the same nestings passed on one thread, so what goes wrong now is what they share.
     */
    private static void everyNesting(String outer, String inner, boolean concurrently) throws Exception {
        for (String innerStudent : new String[] {inner, outer}) {
            for (boolean innerThrows : new boolean[] {false, true}) {
                nest(outer, innerStudent, innerThrows, concurrently);
            }
        }
    }

    /** An outer call for {@code outer} around a nested call for {@code innerStudent}. */
    private static void nest(String outer, String innerStudent, boolean innerThrows, boolean concurrently)
            throws Exception {
        String[] seen = StudentContext.callAs(outer, Neutral.callable(() -> {
            String inner;
            try {
                inner = StudentContext.callAs(innerStudent, Neutral.callable(() -> {
                    if (innerThrows) {
                        throw new IllegalStateException(Transcript.header());
                    }
                    return Transcript.header();
                }));
            } catch (IllegalStateException thrown) {
                inner = thrown.getMessage();
            }
            return new String[] {inner, StudentContext.current()};
        }));
        boolean same = innerStudent.equals(outer);
        String nested = "a nested call" + (same ? " for the same student, '" + outer + "'," : "") + " that "
                + (innerThrows ? "threw" : "returned");
        String shared = concurrently ? "the same nested calls gave every student back on one thread, and fail with "
                + THREADS + " threads at once: " + KEPT_WHERE_THREADS_SHARE_THEM : null;
        require(("Transcript of " + innerStudent).equals(seen[0]), "the inner task to see '" + innerStudent + "'",
                "it read \"" + seen[0] + "\"", shared != null ? shared : "callAs does not set the inner student over the"
                        + " outer one");
        require(outer.equals(seen[1]), "the outer student '" + outer + "' to be current again after " + nested,
                "the outer task then saw " + (seen[1] == null ? "null" : "'" + seen[1] + "'")
                        + (concurrently ? ", while " + (THREADS - 1) + " other threads did the same" : ""),
                shared != null ? shared
                : same ? "the nested call took itself for the outermost because its student was the outer one's, and"
                        + " removed the value in finally: a call is the outermost when there was no student before"
                        + " it, whoever the student is"
                        : "the nested call removes (or overwrites) the value in finally instead of putting back the"
                                + " student that was there before it");
        require(StudentContext.current() == null, "no student on the thread after the outermost call",
                "the thread still serves '" + StudentContext.current() + "'",
                shared != null ? shared : "the outermost call puts back a student instead of removing the value");
    }

    private static void require(boolean holds, String expected, String observed, String cause) throws CheckFailure {
        if (!holds) {
            throw new CheckFailure(Feedback.expected(expected).observed(observed).cause(cause)
                    .revisit("remember the outer value before set(); in finally set it back, or remove() if there"
                            + " was none"));
        }
    }
}
