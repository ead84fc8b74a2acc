/**
 * Watching a process that runs student code, and all it starts: the processes and threads of the
 * tree are counted against their limits, and the whole tree is killed when asked or when it breaks
 * one. Used for the checking JVMs and for each submission of a class grading.
 */
package course.grader.process;
