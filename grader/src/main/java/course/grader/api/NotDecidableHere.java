package course.grader.api;

/**
 * The machine lacks what a check needs to decide (a jcstress test with more actors than the
 * machine has CPUs, on a one-CPU Gradescope runner): the check must neither cost the student
 * points nor blame their code, and says what the machine lacks. A check body throws it (or lets
 * it pass through from the harness) instead of deciding; the check is then reported as
 * {@code undecided}, with full points and this message.
 */
public final class NotDecidableHere extends Exception {

    private static final long serialVersionUID = 1L;

    public NotDecidableHere(String whatTheMachineLacks) {
        super(whatTheMachineLacks, null, false, false);
    }
}
