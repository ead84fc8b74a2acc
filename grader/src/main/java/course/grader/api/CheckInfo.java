package course.grader.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a {@link CheckBody}: the grader reads it without running the check (and without
 * loading any student class), so reports can list every check and its points even when the
 * student's code crashes the JVM.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {

    /** Unique within the exercise, in kebab-case; reports and mutant expectations refer to it. */
    String id();

    CheckKind kind();

    /** Points the check is worth; all or nothing. */
    int points();

    /** One line saying what the check verifies, phrased as the property that must hold. */
    String title();

    /**
     * The bound on the whole check. Past it the check fails with a description of what every
     * thread it started is doing (for a deadlock, the cycle), and the grading goes on in a fresh JVM.
     */
    int timeLimitSeconds() default 60;

    /**
     * Java agents the checking JVM that runs this check must load at start-up: classes with a
     * {@code premain(String, Instrumentation)} method, on the grader's class path. Checking JVMs
     * refuse the attach mechanism, so an agent cannot be loaded later.
     */
    Class<?>[] javaAgents() default {};

    /**
     * Checks of the same exercise that must pass for this one to count. A check that looks for
     * something going wrong (more cars inside than spots, CPU burnt while waiting, a student left
     * on a thread, a slow run) passes vacuously on code that does not do the work at all: an
     * empty park() never lets two cars in. Such a check requires one that shows the work is done,
     * and when that one fails, this one scores nothing and says why. A required check that was
     * not graded (a run limited to some checks) requires nothing.
     */
    String[] requires() default {};
}
