package course.grader.report;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A grade as a test report in Surefire's {@code TEST-*.xml} format, which CI test views read
 * (GitLab, Jenkins, GitHub test reporters, Gradescope's and Codio's JUnit importers): one
 * {@code testsuite}, one {@code testcase} per check named {@code <exercise>/<check>} with the
 * exercise as its class, the feedback as the failure's message and text, what the code printed as
 * its {@code system-out}, and the points of every check among the suite's properties
 * ({@code points.<exercise>/<check>} = {@code score/max}), beside the total's.
 *
 * <p>A check the machine could not decide is {@code skipped}, with its reason; a check of an
 * exercise that was not graded (not compiled, flagged) is a failure whose type is that status and
 * whose text is the exercise's note. Student text is written as XML text, escaped, with the
 * characters XML cannot hold at all left out.
 */
public final class JUnitXmlReport {

    /** The report's file name: Surefire's pattern, so that tools looking for {@code TEST-*.xml} find it. */
    public static final String FILE = "TEST-grade.xml";

    private JUnitXmlReport() {
    }

    public static String render(Grade grade) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "grade");
            xml.writeAttribute("tests", Long.toString(count(grade, null)));
            xml.writeAttribute("failures", Long.toString(count(grade, CheckStatus.FAILED) + count(grade, CheckStatus.NOT_RUN)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(count(grade, CheckStatus.UNDECIDED)));
            xml.writeAttribute("time", seconds(grade.exercises().stream()
                    .flatMap(exercise -> exercise.checks().stream()).mapToLong(CheckGrade::durationMs).sum()));
            xml.writeAttribute("timestamp", xmlText(grade.gradedAt()));
            writeProperties(xml, grade);
            for (ExerciseGrade exercise : grade.exercises()) {
                for (CheckGrade check : exercise.checks()) {
                    writeTestCase(xml, exercise, check);
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException cannotHappenOnAStringWriter) {
            throw new IllegalStateException(cannotHappenOnAStringWriter);
        }
        return text.toString();
    }

    private static void writeProperties(XMLStreamWriter xml, Grade grade) throws XMLStreamException {
        xml.writeStartElement("properties");
        writeProperty(xml, "submission", grade.target());
        writeProperty(xml, "score", grade.score() + "/" + grade.maxScore());
        for (ExerciseGrade exercise : grade.exercises()) {
            writeProperty(xml, "score." + exercise.id(), exercise.score() + "/" + exercise.maxScore());
            for (CheckGrade check : exercise.checks()) {
                writeProperty(xml, "points." + name(exercise, check), check.score() + "/" + check.maxScore());
            }
        }
        xml.writeEndElement();
    }

    private static void writeProperty(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", xmlText(name));
        xml.writeAttribute("value", xmlText(value));
    }

    private static void writeTestCase(XMLStreamWriter xml, ExerciseGrade exercise, CheckGrade check)
            throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", xmlText(name(exercise, check) + ": " + check.title()));
        xml.writeAttribute("classname", xmlText(exercise.id()));
        xml.writeAttribute("time", seconds(check.durationMs()));
        switch (check.status()) {
            case PASSED -> { }
            case UNDECIDED -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", xmlText(check.feedback()));
            }
            case FAILED -> writeFailure(xml, "check failed", check.feedback());
            case NOT_RUN -> writeFailure(xml, exercise.status().label(),
                    exercise.note() == null ? check.feedback() : check.feedback() + "\n" + exercise.note());
        }
        if (check.output() != null) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlText(check.output()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeFailure(XMLStreamWriter xml, String type, String feedback) throws XMLStreamException {
        String text = feedback == null ? "" : feedback;
        xml.writeStartElement("failure");
        xml.writeAttribute("message", xmlText(text.lines().findFirst().orElse("")));
        xml.writeAttribute("type", type);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static String name(ExerciseGrade exercise, CheckGrade check) {
        return exercise.id() + "/" + check.id();
    }

    /** How many checks have {@code status}; all of them for null. */
    private static long count(Grade grade, CheckStatus status) {
        return grade.exercises().stream().flatMap(exercise -> exercise.checks().stream())
                .filter(check -> status == null || check.status() == status).count();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** {@code text} without the characters XML 1.0 cannot hold, escaped or not (most control characters). */
    static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(JUnitXmlReport::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
