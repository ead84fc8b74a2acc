/**
 * Exporting what a teacher hands on: the student template (what a teacher pushes as the Classroom
 * template) from a copy of the kit, without the solutions and the grader's tests; and the
 * Gradescope autograder.
 *
 * <p>It depends on no other package of the grader: it copies files and needs nothing of grading.
 */
package course.grader.template;
