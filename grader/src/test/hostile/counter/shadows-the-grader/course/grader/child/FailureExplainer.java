package course.grader.child;

import course.grader.api.Feedback;

/** Hostile: stands in for the grader's class of the same name, and explains every failure away. */
public final class FailureExplainer {

    private FailureExplainer() {
    }

    public static Feedback explain(Throwable thrown) {
        return null;
    }

    static boolean leavesThreadsRunning(Throwable thrown) {
        return false;
    }
}
