package course.grader.child;

import course.grader.protocol.CheckEvent;
import course.grader.protocol.ProtocolJson;
import java.io.IOException;
import java.io.Writer;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The checking JVM's end of the result channel: a connection to the Unix domain socket the
 * supervisor listens on, opened before any class of the student's is loaded. The supervisor
 * accepts one connection only, the first, and only if it begins with the nonce, so the student's
 * code cannot open a second one; and it cannot write to this one, which only this class holds.
 * What the student's code prints, on {@code System.out} or the raw standard output, is never read
 * as a result.
 */
final class ResultChannel {

    private final Writer out;

    private ResultChannel(Writer out) {
        this.out = out;
    }

    static ResultChannel connect(Path socket, String nonce) throws IOException {
        SocketChannel connection = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        ResultChannel channel = new ResultChannel(Channels.newWriter(connection, StandardCharsets.UTF_8));
        channel.line(nonce);
        return channel;
    }

    synchronized void send(CheckEvent event) throws IOException {
        line(ProtocolJson.write(event));
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
        out.flush();
    }
}
