/**
 * The architecture gate: reads the bytecode of a submission's exercise before any of it runs and
 * refuses what the exercise may not use (an allow-list of JDK types, and members refused by name),
 * as granted by the exercise's capabilities.
 *
 * <p>It depends on the API and the catalogue only (the exercise's capabilities): it decides from the
 * compiled classes alone, before any JVM is started.
 */
package course.grader.trust;
