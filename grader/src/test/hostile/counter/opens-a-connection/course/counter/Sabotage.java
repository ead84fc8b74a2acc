package course.counter;

/** Hostile: Sends its work to a server. */
public final class Sabotage {

    public static void phoneHome() throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", 9)) {
            socket.getOutputStream().write(1);
        }
    }
}
