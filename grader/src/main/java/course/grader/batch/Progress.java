package course.grader.batch;

import course.grader.classreport.StudentRow;
import course.grader.report.PlainText;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The teacher's view of a running class: one line per finished submission with a progress bar,
 * the statuses so far and an estimate of the time left, from the pace of this run.
 */
final class Progress {

    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int done;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    synchronized void finished(StudentRow row) {
        done++;
        statuses.merge(row.status().label(), 1, Integer::sum);
        out.printf("%s %3d/%d  %-24s %-12s %3d/%-3d %5s   %s%n",
                bar(), done, total, PlainText.oneLine(row.name()), row.status().label(), row.score(), row.maxScore(),
                minutesAndSeconds(Duration.ofMillis(row.durationMs())), remaining());
    }

    synchronized String summary() {
        return done + " graded in " + minutesAndSeconds(elapsed()) + ": " + statuses;
    }

    private String bar() {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    private String remaining() {
        if (done == total) {
            return "done in " + minutesAndSeconds(elapsed());
        }
        Duration perSubmission = elapsed().dividedBy(done);
        return "about " + minutesAndSeconds(perSubmission.multipliedBy(total - done)) + " left";
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static String minutesAndSeconds(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
