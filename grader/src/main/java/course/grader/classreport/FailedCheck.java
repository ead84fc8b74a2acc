package course.grader.classreport;

import course.grader.api.CheckKind;
import java.util.List;

/**
 * A check that students failed: what to re-teach.
 *
 * @param failedBy the students who failed it, by name
 * @param gradedStudents how many students' exercise was graded (the denominator)
 * @param feedback the feedback they got, grouped by likely cause, most frequent first
 */
public record FailedCheck(String exercise, String check, String title, CheckKind kind,
                          List<String> failedBy, int gradedStudents, List<CommonFeedback> feedback) {

    /** One likely cause and the students whose failure it explains; {@code example} is one of their feedbacks. */
    public record CommonFeedback(String cause, String revisit, String example, List<String> students) {
    }
}
