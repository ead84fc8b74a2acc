package course.grader.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import course.grader.api.BoundedText;
import course.grader.api.Feedback;
import course.grader.protocol.CheckEvent.Done;
import course.grader.protocol.CheckEvent.Finished;
import course.grader.protocol.CheckEvent.Started;
import course.grader.protocol.CheckEvent.Unknown;
import course.grader.protocol.CheckEvent.Unloadable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The protocol's JSON lines, written and read field by field with Jackson's streaming API rather
 * than by data binding. A checking JVM reads one plan and writes a few events, and starting data
 * binding (an object mapper and the introspection of the records) takes about 0.3 s per JVM here,
 * more than all the rest of its start-up; the streaming API starts in a tenth of that.
 *
 * <p>Reading is bounded: the events a checking JVM writes hold texts already cut to their bounds
 * ({@link BoundedText}), so a line with a longer string or of more than {@value #MAX_LINE_CHARS}
 * characters was broken or forged and is refused, before its texts are copied anywhere.
 */
public final class ProtocolJson {

    /** The longest line an honest event makes: every text at its bound, each character escaped as {@code \\uXXXX}. */
    static final int MAX_LINE_CHARS = 6 * (4 * BoundedText.FIELD + BoundedText.LONG_FIELD)
            + 2 * Measurement.MAX_PER_CHECK * BoundedText.NAME * 6;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(BoundedText.LONG_FIELD)
                    .maxDocumentLength(MAX_LINE_CHARS)
                    .maxNestingDepth(8)
                    .build())
            .build();

    private ProtocolJson() {
    }

    public static String write(RunPlan plan) {
        return object(out -> {
            out.writeStringField("nonce", plan.nonce());
            out.writeStringField("channel", plan.channel());
            out.writeStringField("exerciseClass", plan.exerciseClass());
            out.writeArrayFieldStart("checkIds");
            for (String checkId : plan.checkIds()) {
                out.writeString(checkId);
            }
            out.writeEndArray();
            out.writeStringField("classesLocation", plan.classesLocation());
            out.writeStringField("workDirectory", plan.workDirectory());
        });
    }

    public static RunPlan readPlan(String line) {
        Map<String, Object> fields = read(line);
        List<String> checkIds = new ArrayList<>();
        for (Object checkId : (List<?>) fields.getOrDefault("checkIds", List.of())) {
            checkIds.add((String) checkId);
        }
        return new RunPlan(string(fields, "nonce"), string(fields, "channel"), string(fields, "exerciseClass"), List.copyOf(checkIds),
                string(fields, "classesLocation"), string(fields, "workDirectory"));
    }

    /** Every event as one object with every field, as the checking JVM has always written them. */
    public static String write(CheckEvent event) {
        Finished finished = event instanceof Finished ended ? ended : null;
        Feedback feedback = switch (event) {
            case Finished ended -> ended.feedback();
            case Unloadable unloadable -> unloadable.feedback();
            case Started started -> null;
            case Done done -> null;
            case Unknown unknown -> null;
        };
        return object(out -> {
            writeIfPresent(out, "type", event.type());
            writeIfPresent(out, "checkId", event.checkId());
            out.writeBooleanField("passed", finished != null && finished.passed());
            writeIfPresent(out, "undecided", finished == null ? null : finished.undecided());
            if (feedback != null) {
                out.writeObjectFieldStart("feedback");
                writeIfPresent(out, "expected", feedback.expected());
                writeIfPresent(out, "observed", feedback.observed());
                writeIfPresent(out, "cause", feedback.cause());
                writeIfPresent(out, "revisit", feedback.revisit());
                out.writeEndObject();
            }
            out.writeNumberField("durationMs", finished == null ? 0 : finished.durationMs());
            out.writeObjectFieldStart("measurements");
            if (finished != null) {
                for (Map.Entry<String, Measurement> measured : finished.measurements().entrySet()) {
                    out.writeObjectFieldStart(measured.getKey());
                    out.writeNumberField("value", measured.getValue().value());
                    writeIfPresent(out, "unit", measured.getValue().unit());
                    out.writeEndObject();
                }
            }
            out.writeEndObject();
            writeIfPresent(out, "output", finished == null ? null : finished.output());
            out.writeBooleanField("restart", finished != null ? finished.restart() : event instanceof Unloadable);
        });
    }

    /** The event a line holds; a line of an unknown type reads as {@link Unknown}, never as an error. */
    public static CheckEvent readEvent(String line) {
        Map<String, Object> fields = read(line);
        String type = string(fields, "type");
        String checkId = string(fields, "checkId");
        Feedback feedback = null;
        if (fields.get("feedback") instanceof Map<?, ?> given) {
            Map<String, Object> parts = asFields(given);
            feedback = new Feedback(string(parts, "expected"), string(parts, "observed"), string(parts, "cause"),
                    string(parts, "revisit"));
        }
        if (Started.TYPE.equals(type)) {
            return new Started(checkId);
        }
        if (Done.TYPE.equals(type)) {
            return new Done();
        }
        if (Unloadable.TYPE.equals(type)) {
            return new Unloadable(feedback);
        }
        if (!Finished.TYPE.equals(type)) {
            return new Unknown(type, checkId);
        }
        Map<String, Measurement> measurements = new LinkedHashMap<>();
        if (fields.get("measurements") instanceof Map<?, ?> given) {
            asFields(given).forEach((name, value) -> {
                Map<String, Object> measured = asFields((Map<?, ?>) value);
                measurements.put(name, new Measurement(number(measured.get("value")), string(measured, "unit")));
            });
        }
        return new Finished(checkId, bool(fields, "passed"), string(fields, "undecided"), feedback,
                fields.get("durationMs") instanceof Number duration ? duration.longValue() : 0,
                measurements, string(fields, "output"), bool(fields, "restart"));
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator out) throws IOException;
    }

    private static String object(Fields fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.writeStartObject();
            fields.write(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeIfPresent(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    /** One JSON object as maps, lists, strings, numbers, booleans and nulls. */
    private static Map<String, Object> read(String line) {
        if (line.length() > MAX_LINE_CHARS) {
            throw new UncheckedIOException(new IOException("a protocol line of " + line.length()
                    + " characters, more than the " + MAX_LINE_CHARS + " an event can take"));
        }
        try (JsonParser in = FACTORY.createParser(line)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object: " + line);
            }
            return readObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> readObject(JsonParser in) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            fields.put(name, readValue(in));
        }
        return fields;
    }

    private static Object readValue(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case START_OBJECT -> readObject(in);
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(in));
                }
                yield items;
            }
            case VALUE_STRING -> in.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> in.getNumberValue();
            case VALUE_TRUE, VALUE_FALSE -> in.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + in.currentToken() + " in a protocol line");
        };
    }

    private static Map<String, Object> asFields(Map<?, ?> map) {
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((name, value) -> fields.put((String) name, value));
        return fields;
    }

    private static String string(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof String text ? text : null;
    }

    /** A number; NaN and the infinities are written as the strings "NaN", "Infinity", "-Infinity". */
    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.parseDouble((String) value);
    }

    private static boolean bool(Map<String, Object> fields, String name) {
        return Boolean.TRUE.equals(fields.get(name));
    }
}
