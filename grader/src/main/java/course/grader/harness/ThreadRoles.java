package course.grader.harness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The threads the grader starts to call student code are named as a program's threads are, and
 * their role ({@code payer-3}, {@code unlucky-car-0}) is kept here for the feedback. A thread's name
 * is readable by the code it runs — {@code Thread.currentThread().getName()}, or the thread turned
 * into a string — so one name for them all would tell that code it is being graded, and a name of
 * the check's choosing ({@code teller-3}) which check calls it, and the code could behave well
 * there only. So each thread gets, at random, one of the names a program's unnamed threads have:
 * the JDK's own ({@code Thread-12}) or an executor's ({@code pool-2-thread-1}). Like a program's, they are not daemon threads (a checking JVM
 * ends by halting, whatever runs). Feedback still says which thread did what, by its role.
 */
public final class ThreadRoles {

    /** The JDK's name for a thread nobody named: {@code Thread-} and a number. */
    private static final String JDK_DEFAULT_PREFIX = "Thread-";
    /** How many executors' worth of numbers an executor-style name ({@code pool-N-thread-M}) draws from. */
    private static final int EXECUTOR_NUMBERS = 4;

    /** Where the model checker's own thread classes are. */
    private static final String MODEL_CHECKER_PACKAGE = "org.jetbrains.";
    /** Roles by thread id: ids are what the JVM's thread reports ({@link java.lang.management.ThreadInfo}) carry. */
    private static final Map<Long, String> ROLES = new ConcurrentHashMap<>();

    private ThreadRoles() {
    }

    /**
     * An unstarted thread that runs {@code work} under a name a program's thread could have (see
     * above), known here by {@code role}.
     */
    public static Thread newThread(Runnable work, String role) {
        Thread thread = new Thread(work, aProgramsThreadName());
        ROLES.put(thread.threadId(), role);
        return thread;
    }

    /**
     * A name a program's thread could have, drawn at random: the JDK's for an unnamed thread
     * ({@code Thread-12}) or an executor's ({@code pool-2-thread-1}).
     */
    public static String aProgramsThreadName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return random.nextBoolean() ? new Thread(() -> { }).getName()
                : "pool-" + random.nextInt(1, EXECUTOR_NUMBERS + 1) + "-thread-" + random.nextInt(1, EXECUTOR_NUMBERS + 1);
    }

    /**
     * Gives the calling thread the JDK's name for an unnamed thread, if it has not one: for the
     * threads a model checker or jcstress starts, named after the test
     * ({@code Lincheck-AccountOperations-0}), on which each operation calls this before the student's
     * code. Cheap enough for a jcstress actor: once named, a thread only compares a prefix.
     */
    public static void neutralizeCurrent() {
        Thread current = Thread.currentThread();
        if (!current.getName().startsWith(JDK_DEFAULT_PREFIX)) {
            current.setName(new Thread(() -> { }).getName());
        }
    }

    /** What to call a thread in feedback: its role if the grader started it, else the name it has. */
    public static String of(Thread thread) {
        return of(thread.threadId(), thread.getName());
    }

    /** What to call the thread of this id, which now has {@code name}, in feedback. */
    public static String of(long threadId, String name) {
        return ROLES.getOrDefault(threadId, name);
    }

    /** Whether the grader started this thread (rather than the student's code or the JDK). */
    public static boolean isGraders(Thread thread) {
        return ROLES.containsKey(thread.threadId());
    }

    /**
     * Whether the JVM runs this thread for itself, for no code it was given: reference handling,
     * signals, cleaners (the system thread group's, and the JDK's own thread classes), and the
     * model checker's threads between its runs. The carriers and timers of virtual threads are not
     * among them: they run the virtual threads of whoever started them.
     */
    public static boolean servesTheJvm(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        boolean jvmService = group != null && group.getParent() == null || isTheJdksOwn(thread)
                || thread.getClass().getName().startsWith(MODEL_CHECKER_PACKAGE);
        return jvmService && !runsVirtualThreads(thread);
    }

    /**
     * Whether this thread carries virtual threads or wakes them from their timed waits: on JDK 21
     * the unparker is a JDK thread of a generic class, known by its name.
     */
    private static boolean runsVirtualThreads(Thread thread) {
        String type = thread.getClass().getName();
        return type.equals("jdk.internal.misc.CarrierThread") || type.equals("java.util.concurrent.DelayScheduler")
                || thread.getName().equals("VirtualThread-unparker");
    }

    /**
     * What to call a thread the student's code may be behind, in feedback: its name, or what it
     * does for their virtual threads.
     */
    public static String describe(Thread thread) {
        return runsVirtualThreads(thread) ? thread.getName() + " (it runs your virtual threads)" : of(thread);
    }

    /**
     * Whether the JDK started this thread for its own services, such as the carriers and timers
     * that run virtual threads: they outlive any run of student code and are not the student's.
     * (Virtual threads themselves are not in {@link Thread#getAllStackTraces()}.)
     */
    public static boolean isTheJdksOwn(Thread thread) {
        String type = thread.getClass().getName();
        return type.startsWith("jdk.internal.") || type.equals("java.util.concurrent.DelayScheduler");
    }
}
