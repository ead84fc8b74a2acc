package course.counter;

import java.lang.invoke.MethodHandles;
import java.util.Base64;

/** Brings in a class the gate never saw: its bytes travel as text. */
final class Smuggler {

    /** The class file to define, as Base64 (a real attack carries one that reads and writes files). */
    private static final String CLASS_FILE = "yv66vgAAAEEAAA==";

    static {
        try {
            MethodHandles.lookup().defineHiddenClassWithClassData(Base64.getDecoder().decode(CLASS_FILE), "", true);
        } catch (Throwable refused) {
            // The bytes above are not a whole class; the gate must refuse the call whatever they are.
        }
    }

    private Smuggler() {
    }
}
