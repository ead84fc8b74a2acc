package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Live code is what can run when the grader calls the student's classes: every way Java code
 * reaches other code counts, and nothing else does. Each "student" class below calls a marker
 * method ({@code Marks.*}) named after the way it was reached.
 */
class LiveCodeTest {

    private static final JavaClasses STUDENT = new ClassFileImporter().importClasses(Student.class, Worker.class,
            Shape.class, Square.class, Circle.class, Holder.class, Scope.class, NeverBuilt.class);
    private static final LiveCode LIVE = LiveCode.reachedFrom(new ClassFileImporter().importClasses(Grader.class),
            "course.grader.harness", STUDENT);

    @Test
    void whatTheGraderCallsAndEverythingItReachesIsLive() {
        assertEquals(new TreeSet<>(Set.of("calledByTheGrader", "calledByALiveMethod", "inALambda", "byAMethodReference",
                        "runOfAStartedRunnable", "throughAnInterface", "inAStaticInitializer", "inAClose",
                        "inAConstructor", "referredToByLiveCode")),
                liveMarks());
    }

    @Test
    void aMethodNobodyCallsIsNotLive() {
        // Marks.dead is called only from Student.neverCalled; Circle.area is never dispatched to,
        // because no Shape of that kind is asked; NeverBuilt.run belongs to a class nobody makes.
        assertEquals(Set.of(), liveMarks().stream().filter(mark -> mark.startsWith("dead")).collect(Collectors.toSet()));
    }

    private static Set<String> liveMarks() {
        return STUDENT.stream()
                .flatMap(LIVE::methodsUsedBy)
                .filter(use -> use.getTargetOwner().isEquivalentTo(Marks.class))
                .map(JavaCodeUnitAccess::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Stands for the grader's check classes: the roots. */
    static final class Grader {
        void grade() throws InterruptedException {
            Student student = new Student();
            student.api();
            Shape shape = new Square();
            shape.area();
        }
    }

    static final class Student {
        private final Worker worker = new Worker();

        Student() {
            Marks.inAConstructor();
        }

        void api() throws InterruptedException {
            Marks.calledByTheGrader();
            helper();
            Runnable lambda = () -> Marks.inALambda();
            lambda.run();
            Supplier<Integer> reference = this::referenced;
            reference.get();
            Runnable markedByReference = Marks::referredToByLiveCode;
            markedByReference.run();
            Thread thread = new Thread(worker);
            thread.start();
            thread.join();
            Holder.touch();
            try (Scope scope = new Scope()) {
                scope.hashCode();
            }
        }

        private void helper() {
            Marks.calledByALiveMethod();
        }

        private int referenced() {
            Marks.byAMethodReference();
            return 0;
        }

        void neverCalled() {
            Marks.deadMethod();
        }
    }

    static final class Worker implements Runnable {
        @Override
        public void run() {
            Marks.runOfAStartedRunnable();
        }
    }

    interface Shape {
        int area();
    }

    static final class Square implements Shape {
        @Override
        public int area() {
            Marks.throughAnInterface();
            return 1;
        }
    }

    static final class Circle {
        int area() {
            Marks.deadCircle();
            return 3;
        }
    }

    static final class Holder {
        static {
            Marks.inAStaticInitializer();
        }

        static void touch() {
        }
    }

    static final class Scope implements AutoCloseable {
        @Override
        public void close() {
            Marks.inAClose();
        }
    }

    static final class NeverBuilt implements Runnable {
        @Override
        public void run() {
            Marks.deadRunnable();
        }
    }

    /** The markers: calls to them are what the test looks for. */
    static final class Marks {
        static void calledByTheGrader() { }
        static void calledByALiveMethod() { }
        static void inALambda() { }
        static void byAMethodReference() { }
        static void runOfAStartedRunnable() { }
        static void throughAnInterface() { }
        static void inAStaticInitializer() { }
        static void inAClose() { }
        static void inAConstructor() { }
        static void referredToByLiveCode() { }
        static void deadMethod() { }
        static void deadCircle() { }
        static void deadRunnable() { }
    }
}
