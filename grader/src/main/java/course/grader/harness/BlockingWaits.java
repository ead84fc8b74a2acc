package course.grader.harness;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ArchUnit rule behind "wait, don't poll": some class of the package blocks in
 * {@code Condition.await*} or {@code Object.wait}, and none calls {@code Thread.sleep},
 * {@code Thread.yield} or {@code Thread.onSpinWait}. Thread CPU time catches spinning; this rule also
 * catches sleep-polling, which costs little CPU but orders threads by luck.
 */
public final class BlockingWaits {

    private static final Set<String> POLLING = Set.of("sleep", "yield", "onSpinWait");
    private static final Predicate<JavaMethodCall> BLOCKS = call ->
            call.getTargetOwner().isAssignableTo(Condition.class) && call.getName().startsWith("await")
                    || call.getTargetOwner().isEquivalentTo(Object.class) && call.getName().equals("wait");

    private BlockingWaits() {
    }

    /** Fails the check unless the package's classes wait by blocking and never poll. */
    public static void require(CheckContext context, String packageName, Function<String, Feedback> feedback)
            throws CheckFailure {
        List<String> violations = violations(Architecture.importPackage(context, packageName));
        if (!violations.isEmpty()) {
            throw new CheckFailure(feedback.apply(String.join("; ", violations)));
        }
    }

    static List<String> violations(JavaClasses classes) {
        List<String> violations = new ArrayList<>();
        boolean blocks = false;
        for (JavaClass type : classes) {
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                blocks |= BLOCKS.test(call);
                if (call.getTargetOwner().isEquivalentTo(Thread.class) && POLLING.contains(call.getName())) {
                    violations.add(type.getSimpleName() + "." + call.getOrigin().getName() + " calls Thread."
                            + call.getName() + " at line " + call.getLineNumber());
                }
            }
        }
        if (!blocks) {
            violations.add(0, "no class waits on a Condition or a monitor");
        }
        return violations;
    }
}
