package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;

/** A raised flag lets waiters straight through; clear() lowers it again. */
@CheckInfo(id = "set-before-await-does-not-block", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "After set(), await() returns at once; isSet() and clear() tell and change the flag")
public final class SetBeforeAwaitDoesNotBlock implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        if (event.isSet()) {
            throw failure("a new event to be clear", "isSet() was true", "the flag starts raised");
        }
        event.set();
        try {
            ThreadGang.start("late-worker", 2, index -> {
                if (index == 0) {
                    event.await();
                } else if (!event.await(Duration.ofSeconds(5))) {
                    throw new IllegalStateException("await(timeout) returned false on a set event");
                }
            }).join(Duration.ofSeconds(2));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("await() on an event that is already set to return at once")
                    .observed(stuck.getMessage())
                    .cause("await() waits for a signal without first checking the flag: a set() that came before"
                            + " is missed")
                    .revisit("check the condition before waiting, under the lock"), true);
        }
        if (!event.isSet()) {
            throw failure("isSet() to be true after set()", "it was false", "set() does not keep the flag raised");
        }
        event.clear();
        if (event.isSet()) {
            throw failure("isSet() to be false after clear()", "it was true", "clear() does not lower the flag");
        }
    }

    private static CheckFailure failure(String expected, String observed, String cause) {
        return new CheckFailure(Feedback.expected(expected).observed(observed).cause(cause)
                .revisit("the event's flag: set() raises it, clear() lowers it, isSet() reads it under the lock"));
    }
}
