package course.grader.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of a grade must know about how it was made, in the words every report uses:
 * whether the operating system contained the graded code (a grade made uncontained, on a
 * student's macOS or Windows machine say, could have been changed by a process the submission
 * left running), and which files of the submission were left out of the grading.
 */
public final class GradingConditions {

    /** Left-out files listed in a report meant to be read; {@code grade.json} lists every one. */
    static final int LISTED = 20;

    private GradingConditions() {
    }

    /** One sentence: contained by what, or not contained and what that means. */
    static String containment(Grade grade) {
        if (grade.contained()) {
            return "Contained: the graded code ran in " + grade.containment() + ".";
        }
        return "NOT CONTAINED: the graded code ran without the operating system's containment ("
                + (grade.containment() == null ? "the grade does not say how it ran" : grade.containment())
                + "), so processes it started could outlive the grading and change its reports."
                + " A grade made this way is feedback, not a grade of record.";
    }

    /** The heading of the left-out files, with their number. */
    static String leftOutHeading(Grade grade) {
        return "Left out of the grading, never compiled nor on a class path (" + grade.leftOut().size() + " files)";
    }

    /** The left-out files to list: the first {@value #LISTED}, then how many more {@code grade.json} holds. */
    public static List<String> leftOutListed(Grade grade) {
        List<String> leftOut = grade.leftOut();
        if (leftOut.size() <= LISTED) {
            return leftOut;
        }
        List<String> listed = new ArrayList<>(leftOut.subList(0, LISTED));
        listed.add("… and " + (leftOut.size() - LISTED) + " more, listed in grade.json");
        return listed;
    }
}
