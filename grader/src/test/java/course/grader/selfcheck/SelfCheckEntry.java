package course.grader.selfcheck;

import java.util.List;
import java.util.Map;

/**
 * One line of {@code selfcheck.json}: an implementation, what the grader should make of it, what it
 * did, and whether that proves the checks right.
 *
 * @param expected {@code pass} (reference, alternative) or {@code fail} (skeleton, mutant)
 * @param feedback  for a mutant, the feedback its catching checks gave: what a student would read
 * @param gradingMs how long its grading took, beside the others the self-check runs at the same time
 */
record SelfCheckEntry(String exercise, String implementation, String kind, String description, String expected,
                      List<String> mustFail, List<String> failedChecks, int score, int maxScore, boolean ok,
                      Map<String, String> feedback, long gradingMs) {
}
