package course.grader.exercises.threadlocal;

import com.tngtech.archunit.lang.ArchRule;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;
import java.util.List;

/** The context lives in a ThreadLocal, and its value is removed, not just overwritten. */
@CheckInfo(id = "uses-a-thread-local", kind = CheckKind.ARCHITECTURE, points = 1,
        title = "StudentContext keeps the student in a ThreadLocal and calls remove()")
public final class UsesAThreadLocal implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.threadlocal", rule(), violations ->
                Feedback.expected("a ThreadLocal whose value is removed when the task ends")
                        .observed(violations)
                        .cause("the student is kept somewhere all threads share, or never removed from the thread")
                        .revisit("ThreadLocal: set, get, and remove() in finally"));
    }

    private static ArchRule rule() {
        return Architecture.classRule("course.threadlocal.StudentContext", "call set/get and remove() on a ThreadLocal",
                context -> {
                    boolean uses = context.getMethodCallsFromSelf().stream()
                            .anyMatch(call -> call.getTargetOwner().isAssignableTo(ThreadLocal.class));
                    boolean removes = context.getMethodCallsFromSelf().stream()
                            .anyMatch(call -> call.getTargetOwner().isAssignableTo(ThreadLocal.class)
                                    && call.getName().equals("remove"));
                    if (!uses) {
                        return List.of("StudentContext uses no ThreadLocal");
                    }
                    return removes ? List.of() : List.of("StudentContext never calls ThreadLocal.remove()");
                });
    }
}
