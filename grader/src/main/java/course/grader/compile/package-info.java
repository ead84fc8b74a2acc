/**
 * From a submission to the classes that are graded: which files are the student's code, compiling
 * them in a bounded compiler JVM (an exercise that does not compile costs only its own points),
 * and putting the kit's given classes in place of the student's copies.
 *
 * <p>It depends on the API and on io only: compiling comes before any grading and must not depend on
 * how the classes are then graded.
 */
package course.grader.compile;
