package course.grader.harness;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ArchUnit rule behind "wait, don't poll": some class of the package blocks in
 * {@code Condition.await*} or {@code Object.wait}, some class signals ({@code signal},
 * {@code signalAll}, {@code notify}, {@code notifyAll}), and none calls {@code Thread.sleep},
 * {@code Thread.yield} or {@code Thread.onSpinWait}. A timed wait that nobody signals is a poll
 * too: each waiter wakes when its time runs out and looks again. Thread CPU time catches spinning; this rule also
 * catches sleep-polling, which costs little CPU but orders threads by luck.
 *
 * <p>The wait must be in {@link LiveCode live code}: a condition wait in a method nobody calls does
 * not make the others block. Polling counts wherever it is.
 *
 * <p>The rule reports what it saw, so that feedback can name the real cause: polling calls, or no
 * condition wait at all, in which case it tells a solution that blocks in another synchronizer (a
 * semaphore, a queue: it works, but is not the lesson's tool) from one in which nothing blocks.
 */
public final class BlockingWaits {

    private static final Set<String> POLLING = Set.of("sleep", "yield", "onSpinWait");
    private static final Predicate<JavaCodeUnitAccess<?>> WAITS_ON_A_CONDITION = call ->
            call.getTargetOwner().isAssignableTo(Condition.class) && call.getName().startsWith("await")
                    || call.getTargetOwner().isEquivalentTo(Object.class) && call.getName().equals("wait");
    private static final Predicate<JavaCodeUnitAccess<?>> SIGNALS = call ->
            call.getTargetOwner().isAssignableTo(Condition.class) && call.getName().startsWith("signal")
                    || call.getTargetOwner().isEquivalentTo(Object.class) && call.getName().startsWith("notify");
    private static final Predicate<JavaCodeUnitAccess<?>> BLOCKS_ELSEWHERE = call -> {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        return owner.isAssignableTo(Semaphore.class) && (name.startsWith("acquire") || name.equals("tryAcquire")
                        && call.getTarget().getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(TimeUnit.class)))
                || (owner.isAssignableTo(CountDownLatch.class) || owner.isAssignableTo(CyclicBarrier.class))
                        && name.equals("await")
                || owner.isAssignableTo(BlockingQueue.class) && Set.of("take", "put", "poll", "offer").contains(name)
                || owner.isAssignableTo(Phaser.class) && name.startsWith("awaitAdvance")
                || owner.isAssignableTo(Exchanger.class) && name.equals("exchange")
                || owner.isEquivalentTo(LockSupport.class) && name.startsWith("park");
    };

    private static final int LOOKS = 5;
    private static final long BETWEEN_LOOKS_MILLIS = 20;
    /** Why a waiter asleep in another synchronizer than a condition costs the condition's point. */
    public static final String ANOTHER_SYNCHRONIZER = "the waiting is done by another synchronizer, and the condition"
            + " the code signals has nobody waiting on it: that can work, but this exercise is about condition"
            + " variables, so this point asks for threads that wait on one";

    private BlockingWaits() {
    }

    /** What the rule saw in the package's classes. */
    public record Findings(boolean waitsOnACondition, boolean signals, boolean blocksElsewhere,
                           List<String> pollingCalls) {

        public Findings {
            pollingCalls = List.copyOf(pollingCalls);
        }

        boolean passes() {
            return waitsOnACondition && signals && pollingCalls.isEmpty();
        }

        /** Whether live code blocks anywhere: on a condition, a monitor, or another synchronizer. */
        public boolean blocks() {
            return waitsOnACondition || blocksElsewhere;
        }

        /** The violations, one after the other, for the feedback's "observed". */
        public String observed() {
            List<String> parts = new ArrayList<>();
            if (!waitsOnACondition) {
                parts.add("no class waits on a Condition or a monitor");
            } else if (!signals) {
                parts.add("no class signals the condition it waits on (no signal(), signalAll(), notify() or"
                        + " notifyAll())");
            }
            parts.addAll(pollingCalls);
            return String.join("; ", parts);
        }

        /**
         * The cause the rule can vouch for: {@code pollingCause} when the code polls; otherwise why a
         * missing condition wait, or a wait nobody signals, costs the point.
         */
        public String cause(String pollingCause) {
            if (!pollingCalls.isEmpty()) {
                return pollingCause;
            }
            if (waitsOnACondition) {
                return "the waiting threads are never signalled: each one wakes only when its timed wait runs out,"
                        + " and looks again — that is polling, with a wake-up per time-out instead of one per change";
            }
            return blocksElsewhere
                    ? "your threads block in another synchronizer (a semaphore, a queue, a latch or park): that"
                            + " can work, but this exercise is about condition variables, so this point asks for one"
                    : "nothing in your code blocks while it waits: a thread that waits without blocking spins";
        }
    }

    /** Fails the check unless the package's classes wait by blocking on a condition and never poll. */
    public static void require(CheckContext context, String packageName, Function<Findings, Feedback> feedback)
            throws CheckFailure {
        JavaClasses classes = Architecture.importPackage(context, packageName);
        Findings findings = findings(classes, LiveCode.of(packageName, classes));
        if (!findings.passes()) {
            throw new CheckFailure(feedback.apply(findings));
        }
    }

    /**
     * Fails the check unless live code of the package blocks somewhere (a condition, a monitor, a
     * semaphore, a queue…) and no class polls: for an exercise where blocking in any synchronizer is
     * the lesson, and only sleeping, yielding or spinning is wrong.
     */
    public static void requireBlockingWithoutPolling(CheckContext context, String packageName,
                                                     Function<Findings, Feedback> feedback) throws CheckFailure {
        JavaClasses classes = Architecture.importPackage(context, packageName);
        Findings findings = findings(classes, LiveCode.of(packageName, classes));
        if (!findings.blocks() || !findings.pollingCalls().isEmpty()) {
            throw new CheckFailure(feedback.apply(findings));
        }
    }

    /** Where a thread of the student's code was seen waiting. */
    public enum Sleep {
        /** In {@code Condition.await*} or {@code Object.wait}, or taking the lock back in one. */
        ON_A_CONDITION,
        /** Queued to enter a lock or a monitor: a waiter cannot be told from a thread about to wait. */
        ENTERING_A_LOCK,
        /** In another synchronizer ({@code Phaser}, {@code CountDownLatch}, {@code Semaphore}, {@code park}). */
        ELSEWHERE,
        /** Not waiting at all: running, or ended. */
        AWAKE
    }

    /** Where {@code thread} waits, from its state and stack taken now. */
    public static Sleep sleepOf(Thread thread) {
        return sleepOf(thread.getState(), thread.getStackTrace());
    }

    /**
     * Where a thread in {@code state} with {@code stack} waits. A thread woken in
     * {@code Condition.await} that queues to take its lock back waits to enter a lock, not on the
     * condition; one in a latch's or a semaphore's queue waits elsewhere, though the same
     * {@code AbstractQueuedSynchronizer.acquire} parks it.
     */
    public static Sleep sleepOf(Thread.State state, StackTraceElement[] stack) {
        if (state == Thread.State.BLOCKED) {
            return Sleep.ENTERING_A_LOCK;
        }
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return Sleep.AWAKE;
        }
        boolean enteringALock = false;
        StackTraceElement inner = null;
        for (StackTraceElement frame : stack) {
            if (StudentCode.isStudentClass(frame.getClassName())) {
                break;
            }
            if (isConditionWait(frame)) {
                return inner != null && isSynchronizerAcquire(inner) ? Sleep.ENTERING_A_LOCK : Sleep.ON_A_CONDITION;
            }
            enteringALock |= isLockEntry(frame);
            inner = frame;
        }
        return enteringALock ? Sleep.ENTERING_A_LOCK : Sleep.ELSEWHERE;
    }

    /** The JDK method the student's code called that {@code thread} waits in now: {@code Phaser.awaitAdvance}. */
    public static String waitingIn(Thread thread) {
        StackTraceElement calledByTheStudent = null;
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (StudentCode.isStudentClass(frame.getClassName())) {
                break;
            }
            calledByTheStudent = frame;
        }
        return calledByTheStudent == null ? "no wait of the JDK's"
                : simpleName(calledByTheStudent.getClassName()) + "." + calledByTheStudent.getMethodName();
    }

    /**
     * The rule's twin at run time, for a thread of the student's code that waits: null when, in one
     * of a few looks, it is seen asleep in {@code Condition.await*} or {@code Object.wait}, or when it
     * is never seen asleep anywhere else (only queued for a lock, running or ended: the other checks
     * judge that); else the JDK method it sleeps in instead ({@code Phaser.awaitAdvance},
     * {@code CountDownLatch.await}…). Calls to a condition that nobody waits on, made so that the
     * rule finds them, do not make the waiters sleep in one.
     */
    public static String sleepsElsewhereThanACondition(Thread waiter) throws InterruptedException {
        String elsewhere = null;
        for (int look = 0; look < LOOKS; look++) {
            Sleep sleep = sleepOf(waiter);
            if (sleep == Sleep.ON_A_CONDITION) {
                return null;
            }
            if (sleep == Sleep.ELSEWHERE && elsewhere == null) {
                elsewhere = waitingIn(waiter);
            }
            Thread.sleep(BETWEEN_LOOKS_MILLIS);
        }
        return elsewhere;
    }

    private static boolean isLockEntry(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("java.util.concurrent.locks.")
                && (type.contains("ReentrantLock") || type.contains("ReentrantReadWriteLock") || type.contains("StampedLock"))
                && (frame.getMethodName().startsWith("lock") || frame.getMethodName().startsWith("tryLock")
                        || frame.getMethodName().startsWith("acquire"));
    }

    /** {@code AbstractQueuedSynchronizer.acquire} (or the long one's), where a woken condition waiter takes its lock back. */
    private static boolean isSynchronizerAcquire(StackTraceElement frame) {
        return frame.getClassName().startsWith("java.util.concurrent.locks.AbstractQueued")
                && frame.getMethodName().equals("acquire");
    }

    private static boolean isConditionWait(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("java.util.concurrent.locks.") && type.endsWith("$ConditionObject")
                && frame.getMethodName().startsWith("await")
                || type.equals("java.lang.Object") && frame.getMethodName().startsWith("wait");
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    static Findings findings(JavaClasses classes, LiveCode live) {
        boolean waitsOnACondition = false;
        boolean signals = false;
        boolean blocksElsewhere = false;
        for (JavaClass type : classes) {
            waitsOnACondition |= live.methodsUsedBy(type).anyMatch(WAITS_ON_A_CONDITION);
            signals |= live.methodsUsedBy(type).anyMatch(SIGNALS);
            blocksElsewhere |= live.methodsUsedBy(type).anyMatch(BLOCKS_ELSEWHERE);
        }
        return new Findings(waitsOnACondition, signals, blocksElsewhere, pollingCalls(classes));
    }

    /** Every call of Thread.sleep, yield or onSpinWait in the classes, called or not, as a sentence with its line. */
    private static List<String> pollingCalls(JavaClasses classes) {
        List<String> polling = new ArrayList<>();
        for (JavaClass type : classes) {
            for (JavaCodeUnitAccess<?> call : type.getCodeUnits().stream().flatMap(LiveCode::methodsUsedIn).toList()) {
                if (call.getTargetOwner().isEquivalentTo(Thread.class) && POLLING.contains(call.getName())) {
                    polling.add(type.getSimpleName() + "." + call.getOrigin().getName() + " calls Thread."
                            + call.getName() + " at line " + call.getLineNumber());
                }
            }
        }
        return polling;
    }
}
