/**
 * The checks of {@code ipc}: child JVMs and the framed messages on their pipes. The children the
 * checks start are grader classes of their own (polite, stubborn, slow, withdrawn), so that ending a
 * child, waiting for it and draining its output are each tested against a child that makes them hard.
 */
package course.grader.exercises.ipc;
