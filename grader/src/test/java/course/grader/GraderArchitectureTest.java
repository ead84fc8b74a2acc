package course.grader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The grader's own architecture: no cycle between its packages, and the layering
 * cli → batch → supervisor → child/protocol → harness → api, with each other package where it
 * belongs (execution, the one way to run a check, under both supervisor and child). Each package is allowed the grader packages it may depend on, and no other; a new
 * dependency that breaks the layering fails here with the reason the layer exists.
 */
class GraderArchitectureTest {

    private static JavaClasses grader;

    @BeforeAll
    static void importGrader() {
        grader = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("course.grader");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("course.grader.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can be read, tested or changed without the other")
                .check(grader);
    }

    @Test
    void apiDependsOnNothingOfTheGrader() {
        mayDependOnlyOn("api")
                .because("the API is what course authors write checks against; it must not change when the engine does")
                .check(grader);
    }

    @Test
    void harnessBuildsOnTheApiOnly() {
        mayDependOnlyOn("harness", "api")
                .because("the harness runs inside the checking JVM next to the student's code: it knows checks, not"
                        + " how they are scheduled, reported or graded")
                .check(grader);
    }

    @Test
    void exercisesUseTheApiAndTheHarnessOnly() {
        mayDependOnlyOn("exercises", "api", "harness")
                .because("a new exercise needs no engine code (README, For course authors): its checks see the API"
                        + " and the harness, nothing of the engine")
                .check(grader);
    }

    @Test
    void ioDependsOnNothingOfTheGrader() {
        mayDependOnlyOn("io")
                .because("file handling (atomic writes, copies of trees) is a utility every layer may use, so it may"
                        + " use none of them")
                .check(grader);
    }

    @Test
    void templateDependsOnNothingOfTheGrader() {
        mayDependOnlyOn("template")
                .because("exporting the students' template copies files; it needs nothing of grading")
                .check(grader);
    }

    @Test
    void catalogReadsTheApiOnly() {
        mayDependOnlyOn("catalog", "api")
                .because("the catalogue reads the checks' annotations without running them, in both JVMs: it must"
                        + " not pull the supervisor's or the checking JVM's machinery into the other")
                .check(grader);
    }

    @Test
    void compileKnowsOnlyTheApiAndFiles() {
        mayDependOnlyOn("compile", "api", "io")
                .because("compiling a submission comes before any grading and must not depend on how it is graded")
                .check(grader);
    }

    @Test
    void trustJudgesBytecodeAgainstTheCatalogue() {
        mayDependOnlyOn("trust", "api", "catalog")
                .because("the gate decides from the compiled classes and the exercise's capabilities alone, before"
                        + " any JVM is started")
                .check(grader);
    }

    @Test
    void processWatchesProcessesAndKnowsNothingElse() {
        mayDependOnlyOn("process")
                .because("watching and killing a tree of processes is the same for a checking JVM and a class"
                        + " grading's submission, and needs nothing of either")
                .check(grader);
    }

    @Test
    void protocolIsTheWireBetweenTheTwoJvms() {
        mayDependOnlyOn("protocol", "api", "io")
                .because("both the supervisor and the checking JVM speak the protocol; it may know neither of them")
                .check(grader);
    }

    @Test
    void executionRunsACheckTheSameWayInBothJvms() {
        mayDependOnlyOn("execution", "api", "catalog", "protocol")
                .because("running a check's body and making its outcome is shared by the checking JVM and the"
                        + " supervisor, so it may know neither, nor how checks are scheduled or reported")
                .check(grader);
    }

    @Test
    void childRunsChecksAndKnowsNoSupervisor() {
        mayDependOnlyOn("child", "api", "catalog", "execution", "harness", "protocol")
                .because("the checking JVM runs the student's code: it reports over the protocol and must not hold"
                        + " the supervisor's scores, reports or process control")
                .check(grader);
    }

    @Test
    void reportRendersGradesOnly() {
        mayDependOnlyOn("report", "api", "catalog", "io", "protocol")
                .because("a grade is data made from the catalogue's checks: writing it as JSON, Markdown or a table"
                        + " must not depend on how it was graded")
                .check(grader);
    }

    @Test
    void supervisorNeverLoadsTheChecksItRunsElsewhere() {
        mayDependOnlyOn("supervisor", "api", "catalog", "compile", "execution", "io", "process", "protocol",
                "report", "trust")
                .because("the supervisor starts the checking JVM by class name and hears it over the protocol: it"
                        + " must not link to the child or the harness, which run the student's code, nor to the"
                        + " class gradings built above it")
                .check(grader);
    }

    @Test
    void classReportReadsStoredGrades() {
        mayDependOnlyOn("classreport", "api", "catalog", "io", "protocol", "report")
                .because("the class report is made from the stored grades of a class; it grades nothing itself")
                .check(grader);
    }

    @Test
    void batchGradesAClassThroughTheSupervisor() {
        mayDependOnlyOn("batch", "api", "catalog", "classreport", "compile", "io", "process", "protocol", "report",
                "supervisor")
                .because("a class grading runs each submission through the supervisor's grading process; the"
                        + " command line sits above it and is never called back")
                .check(grader);
    }

    @Test
    void cliIsTheTopLayer() {
        noClasses().that().resideOutsideOfPackage("course.grader.cli..")
                .should().dependOnClassesThat().resideInAPackage("course.grader.cli..")
                .because("the command line parses arguments and calls the layers below; anything that needs a"
                        + " command line builds it from JvmSettings instead of calling back into Main")
                .check(grader);
    }

    /**
     * No class of {@code course.grader.<layer>} depends on a class of a grader package other than
     * its own and {@code allowed}.
     */
    private static ArchRule mayDependOnlyOn(String layer, String... allowed) {
        String[] permitted = Stream.concat(Stream.of(layer), Arrays.stream(allowed))
                .map(name -> "course.grader." + name + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("course.grader." + layer + "..")
                .should().dependOnClassesThat(resideInAPackage("course.grader..")
                        .and(not(resideInAnyPackage(permitted)))
                        .as("grader classes outside " + String.join(", ", permitted)));
    }
}
