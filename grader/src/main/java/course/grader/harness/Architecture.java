package course.grader.harness;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.lang.EvaluationResult;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Evaluates ArchUnit rules over the student's compiled classes of one exercise. */
public final class Architecture {

    private Architecture() {
    }

    /** The graded classes of one package, read from their class files (none of them is run). */
    public static JavaClasses importPackage(CheckContext context, String packageName) {
        Path directory = context.classesLocation().resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no compiled classes in " + directory);
        }
        return new ClassFileImporter().importPath(directory);
    }

    /**
     * Fails the check unless the rule holds for the package's classes.
     *
     * @param rule the rule, made for the package's {@link LiveCode}: what it requires must be done by
     *             code that runs, what it forbids is forbidden everywhere
     * @param feedback makes the student's feedback from the violations, joined into one line
     */
    public static void require(CheckContext context, String packageName, Function<LiveCode, ArchRule> rule,
                               Function<String, Feedback> feedback) throws CheckFailure {
        JavaClasses classes = importPackage(context, packageName);
        List<String> violations = violations(rule.apply(LiveCode.of(packageName, classes)), classes);
        if (!violations.isEmpty()) {
            throw new CheckFailure(feedback.apply(String.join("; ", violations)));
        }
    }

    /**
     * A rule on one class, whose condition lists its violations as sentences for the student:
     * the shape of every exercise-specific architecture rule.
     */
    public static ArchRule classRule(String className, String should, Function<JavaClass, List<String>> violations) {
        return ArchRuleDefinition.classes().that().haveFullyQualifiedName(className).should(new ArchCondition<>(should) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                violations.apply(type).forEach(violation -> events.add(SimpleConditionEvent.violated(type, violation)));
            }
        });
    }

    /** The rule's violations, one sentence each; empty when the rule holds. */
    public static List<String> violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.allowEmptyShould(false).evaluate(classes);
        return result.getFailureReport().getDetails();
    }
}
