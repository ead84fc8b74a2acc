package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.Visibility;

/**
 * Visibility: a thread loops on isSet() until another thread's set() shows ({@link Visibility}). It
 * loops long enough for the JIT to compile the loop; a flag read without the lock and not volatile
 * may then be read once and kept in a register, and the loop never ends. With the lock or a
 * volatile field, the set() shows at once.
 */
@CheckInfo(id = "is-set-sees-other-threads", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "A thread looping on isSet() sees another thread's set()")
public final class IsSetSeesOtherThreads implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        if (!Visibility.pollerSees(() -> event.isSet() ? 1 : 0, 0, event::set)) {
            throw Visibility.neverSeen("a thread looping on isSet() to see another thread's set() at once",
                    "it was still looping " + Visibility.BOUND.toSeconds() + " s after set() had returned",
                    "isSet()", "the flag", "read the flag under the lock that set() writes it with, or make it volatile");
        }
    }
}
