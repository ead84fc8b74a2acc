package course.grader.harness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threads the grader starts to call student code all carry one neutral name, {@value #NEUTRAL_NAME},
 * and their role ({@code payer-3}, {@code unlucky-car-0}) is kept here for the feedback. A thread's name
 * is readable by the code it runs — {@code Thread.currentThread().getName()}, or the thread turned into a
 * string — so a name of the check's own choosing would tell that code which check is calling it, and the
 * code could behave well there only. Feedback still says which thread did what, by its role.
 */
public final class ThreadRoles {

    /** The name of every thread the grader starts for student code: the same in every check. */
    public static final String NEUTRAL_NAME = "worker";

    /** Where the model checker's own thread classes are. */
    private static final String MODEL_CHECKER_PACKAGE = "org.jetbrains.";
    /** Roles by thread id: ids are what the JVM's thread reports ({@link java.lang.management.ThreadInfo}) carry. */
    private static final Map<Long, String> ROLES = new ConcurrentHashMap<>();

    private ThreadRoles() {
    }

    /** An unstarted daemon thread that runs {@code work} under the neutral name, known here by {@code role}. */
    public static Thread newThread(Runnable work, String role) {
        Thread thread = new Thread(work, NEUTRAL_NAME);
        thread.setDaemon(true);
        ROLES.put(thread.threadId(), role);
        return thread;
    }

    /**
     * Gives the calling thread the neutral name, if it has another: for the threads a model checker or
     * jcstress starts, named after the test ({@code Lincheck-AccountOperations-0}), on which each
     * operation calls this before the student's code. Cheap enough for a jcstress actor: once named,
     * a thread only compares a reference.
     */
    @SuppressWarnings("StringEquality")
    public static void neutralizeCurrent() {
        Thread current = Thread.currentThread();
        if (current.getName() != NEUTRAL_NAME) {
            current.setName(NEUTRAL_NAME);
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
