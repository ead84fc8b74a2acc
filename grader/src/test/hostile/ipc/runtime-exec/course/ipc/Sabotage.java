package course.ipc;

/** Hostile: runs jcmd, which lists the JVMs it can reach and could send them commands. */
public final class Sabotage {

    static {
        try {
            Runtime.getRuntime().exec(new String[] {"jcmd", "-l"}).waitFor();
        } catch (Exception ignored) {
            // The attack is all there is.
        }
    }

    private Sabotage() {
    }
}
