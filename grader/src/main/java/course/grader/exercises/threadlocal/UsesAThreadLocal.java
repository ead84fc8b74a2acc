package course.grader.exercises.threadlocal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;
import course.grader.harness.LiveCode;
import java.util.List;

/**
 * The context lives in a ThreadLocal held in a final field (made once, when the class loads, not
 * lazily by whichever thread comes first), and its value is removed, not just overwritten. What
 * StudentContext does includes what its nested, inner and anonymous classes and its lambdas do: a
 * {@code remove()} in the {@code close()} of a nested class used with try-with-resources counts, and
 * so does a method reference ({@code CURRENT::remove}) that runs; a call in code that never runs
 * ({@link LiveCode}) does not.
 */
@CheckInfo(id = "uses-a-thread-local", kind = CheckKind.ARCHITECTURE, points = 1, requires = "each-thread-sees-its-own",
        title = "StudentContext keeps the student in a ThreadLocal and calls remove()")
public final class UsesAThreadLocal implements CheckBody {

    private static final String CONTEXT = "course.threadlocal.StudentContext";

    @Override
    public void run(CheckContext context) throws CheckFailure {
        JavaClasses classes = Architecture.importPackage(context, "course.threadlocal");
        LiveCode live = LiveCode.of("course.threadlocal", classes);
        List<JavaCodeUnitAccess<?>> calls = classes.stream()
                .filter(UsesAThreadLocal::isPartOfStudentContext)
                .flatMap(live::methodsUsedBy)
                .filter(call -> call.getTargetOwner().isAssignableTo(ThreadLocal.class))
                .toList();
        String violation = calls.isEmpty() ? "StudentContext uses no ThreadLocal"
                : calls.stream().noneMatch(call -> call.getName().equals("remove"))
                        ? "StudentContext never calls ThreadLocal.remove()" : null;
        List<String> lazy = classes.stream()
                .filter(UsesAThreadLocal::isPartOfStudentContext)
                .flatMap(type -> type.getFields().stream())
                .filter(field -> field.getRawType().isAssignableTo(ThreadLocal.class)
                        && !field.getModifiers().contains(JavaModifier.FINAL))
                .map(field -> "'" + field.getName() + "'")
                .toList();
        if (violation == null && !lazy.isEmpty()) {
            throw new CheckFailure(Feedback.expected("the ThreadLocal in a final field, made once when StudentContext"
                            + " is loaded")
                    .observed("the ThreadLocal field " + String.join(", ", lazy) + " is not final")
                    .cause("a ThreadLocal made lazily on first use (if null, create) can be made twice: two threads"
                            + " that start at once each make one, and the value one of them set goes to a ThreadLocal"
                            + " the other replaced, so current() inside its own task returns null")
                    .revisit("private static final ThreadLocal<...> = new ThreadLocal<>(): class initialisation runs"
                            + " once, and is safe for every thread"));
        }
        if (violation != null) {
            throw new CheckFailure(Feedback.expected("a ThreadLocal whose value is removed when the task ends")
                    .observed(violation)
                    .cause(calls.isEmpty() ? NO_THREAD_LOCAL
                            : "the value is overwritten or set to null, never removed: the thread keeps its entry")
                    .revisit("ThreadLocal: set, get, and remove() in finally"));
        }
    }

    /**
     * This rule cannot see whether the student's own per-thread store works (the behavioural checks
     * judge that), so its feedback does not guess at sharing: it says what the lesson asks for.
     */
    private static final String NO_THREAD_LOCAL = "this exercise is about ThreadLocal; if the other checks"
            + " passed, your own per-thread store (a map keyed by thread, say) works, but it rebuilds what"
            + " ThreadLocal already is, and its entries must be removed just the same";

    /** StudentContext itself, or a class written inside it (nested, inner, anonymous, local). */
    private static boolean isPartOfStudentContext(JavaClass type) {
        return type.getName().equals(CONTEXT) || type.getName().startsWith(CONTEXT + "$");
    }
}
