/**
 * The checks of {@code threadlocal}: the current student kept per thread. Transcripts read the
 * student from deep in a call chain, pools reuse threads to show what is left behind, and nested and
 * throwing calls show what a call puts back.
 */
package course.grader.exercises.threadlocal;
