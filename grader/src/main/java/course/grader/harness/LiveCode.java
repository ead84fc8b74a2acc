package course.grader.harness;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The student's code that can run when the grader calls it: a rule that asks for a mechanism
 * ("Account calls lock()") counts only such code, so a method nobody calls cannot earn the point.
 * Rules that forbid something keep reading every class, called or not.
 *
 * <p>The roots are the members of the student's package that the grader's own classes for the
 * exercise reach ({@code course.grader.exercises.<id>} for {@code course.<id>}): what the grader
 * calls is the contract. From there the code reachable by calls, constructor calls and method
 * references within the package is live, with these rules, each an over-approximation (a rule like
 * this must never take away a point that working code earns):
 * <ul>
 *   <li>a call reaches the method of that name and parameters in every class of the package on
 *       either side of the call's owner in the type hierarchy (virtual dispatch);</li>
 *   <li>in a class whose constructor is live, the methods that override a type outside the package
 *       ({@code run()}, {@code close()}, {@code toString()}…) are live: the JDK calls them;</li>
 *   <li>a class any of whose code is live has a live static initializer;</li>
 *   <li>a lambda's body is part of the method that declares it (ArchUnit imports it so).</li>
 * </ul>
 */
public final class LiveCode {

    private static final String GRADER_EXERCISES = "course.grader.exercises.";

    private final String studentPackage;
    private final JavaClasses classes;
    private final Set<JavaCodeUnit> live = new HashSet<>();
    private final Set<JavaClass> instantiated = new HashSet<>();
    private final Deque<JavaCodeUnit> toVisit = new ArrayDeque<>();

    private LiveCode(String studentPackage, JavaClasses classes) {
        this.studentPackage = studentPackage;
        this.classes = classes;
    }

    /** The live code of {@code classes}, the compiled classes of {@code studentPackage}. */
    public static LiveCode of(String studentPackage, JavaClasses classes) {
        String exercise = studentPackage.substring(studentPackage.lastIndexOf('.') + 1);
        // Only the names the grader's code calls are needed, not the classes they belong to: reading
        // those too, from the class path, took four times as long as reading the grader's own.
        JavaClasses grader = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importPackages(GRADER_EXERCISES + exercise);
        });
        if (grader.isEmpty()) {
            throw new IllegalStateException("no grader classes in " + GRADER_EXERCISES + exercise);
        }
        return reachedFrom(grader, studentPackage, classes);
    }

    /** The code of {@code classes} that {@code callers} reach, directly or through other live code. */
    static LiveCode reachedFrom(JavaClasses callers, String studentPackage, JavaClasses classes) {
        LiveCode code = new LiveCode(studentPackage, classes);
        callers.stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .flatMap(unit -> unit.getAccessesFromSelf().stream())
                .forEach(code::reach);
        code.visitAll();
        return code;
    }

    /**
     * The methods that live code of {@code type} calls or refers to ({@code lock::unlock} runs
     * {@code unlock()} as surely as a call does), lambdas included, and the code of its nested,
     * inner and anonymous classes: code written in a class is part of it, whichever class file
     * javac put it in.
     */
    public Stream<JavaCodeUnitAccess<?>> methodsUsedBy(JavaClass type) {
        return liveUnitsOf(type).flatMap(LiveCode::methodsUsedIn);
    }

    /** The methods {@code unit} calls or refers to, whether it is live or not. */
    public static Stream<JavaCodeUnitAccess<?>> methodsUsedIn(JavaCodeUnit unit) {
        return Stream.<JavaCodeUnitAccess<?>>concat(unit.getMethodCallsFromSelf().stream(),
                unit.getMethodReferencesFromSelf().stream());
    }

    /** Every access (call, reference, field access) that live code of {@code type} and of its nested classes makes. */
    public Stream<JavaAccess<?>> accessesFrom(JavaClass type) {
        return liveUnitsOf(type).flatMap(unit -> unit.getAccessesFromSelf().stream());
    }

    /**
     * {@code type}, its nested classes, and every class of the package that their code refers to,
     * directly or through one another, called or not: where a rule that forbids {@code type}
     * something must look, since a helper class can do it on {@code type}'s behalf.
     */
    public Set<JavaClass> withWhatItUses(JavaClass type) {
        Set<JavaClass> found = new LinkedHashSet<>();
        Deque<JavaClass> toRead = new ArrayDeque<>(List.of(type));
        while (!toRead.isEmpty()) {
            JavaClass next = toRead.pop();
            if (found.add(next)) {
                classes.stream().filter(other -> other.getName().startsWith(next.getName() + "$")).forEach(toRead::push);
                next.getAccessesFromSelf().stream().map(JavaAccess::getTargetOwner).filter(this::isStudents)
                        .map(owner -> classes.get(owner.getName())).forEach(toRead::push);
                next.getRawSuperclass().filter(this::isStudents).ifPresent(toRead::push);
            }
        }
        return found;
    }

    /** Every access that live code of the classes {@code type} {@linkplain #withWhatItUses uses} makes. */
    public Stream<JavaAccess<?>> accessesFromAllItUses(JavaClass type) {
        return withWhatItUses(type).stream().flatMap(used -> live.stream().filter(unit -> unit.getOwner().equals(used)))
                .flatMap(unit -> unit.getAccessesFromSelf().stream());
    }

    private Stream<JavaCodeUnit> liveUnitsOf(JavaClass type) {
        String nested = type.getName() + "$";
        return live.stream().filter(unit -> unit.getOwner().equals(type) || unit.getOwner().getName().startsWith(nested));
    }

    private void visitAll() {
        while (!toVisit.isEmpty()) {
            toVisit.pop().getAccessesFromSelf().forEach(this::reach);
        }
    }

    private void reach(JavaAccess<?> access) {
        if (!isStudents(access.getTargetOwner())) {
            return;
        }
        JavaClass owner = classes.get(access.getTargetOwner().getName());
        markClassUsed(owner);
        if (access.getTarget() instanceof CodeUnitAccessTarget target) {
            List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
            if (target.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)) {
                owner.getConstructors().stream().filter(c -> sameParameters(c, parameters)).forEach(this::markLive);
                markInstantiated(owner);
            } else {
                classes.stream()
                        .filter(type -> type.isAssignableTo(owner.getName()) || owner.isAssignableTo(type.getName()))
                        .flatMap(type -> type.getMethods().stream())
                        .filter(method -> method.getName().equals(target.getName()) && sameParameters(method, parameters))
                        .forEach(this::markLive);
            }
        }
    }

    private void markInstantiated(JavaClass type) {
        if (instantiated.add(type)) {
            type.getMethods().stream().filter(this::overridesOutsideThePackage).forEach(this::markLive);
        }
    }

    private void markClassUsed(JavaClass type) {
        type.getStaticInitializer().ifPresent(this::markLive);
    }

    private void markLive(JavaCodeUnit unit) {
        if (live.add(unit)) {
            toVisit.push(unit);
            markClassUsed(unit.getOwner());
        }
    }

    private boolean overridesOutsideThePackage(JavaMethod method) {
        if (method.getModifiers().contains(JavaModifier.STATIC) || method.getModifiers().contains(JavaModifier.PRIVATE)) {
            return false;
        }
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        return method.getOwner().getAllClassesSelfIsAssignableTo().stream()
                .filter(supertype -> !isStudents(supertype))
                .anyMatch(supertype -> supertype.tryGetMethod(method.getName(), parameters).isPresent());
    }

    private boolean isStudents(JavaClass type) {
        return type.getPackageName().equals(studentPackage) && classes.contain(type.getName());
    }

    private static boolean sameParameters(JavaCodeUnit unit, List<String> parameters) {
        return unit.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(parameters);
    }

}
