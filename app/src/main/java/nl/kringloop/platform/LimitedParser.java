package nl.kringloop.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;

import java.math.BigDecimal;

/**
 * {@link InputLimits#limited}: every event is checked before it is handed on, and the values a reader asks for
 * ({@link #getValue}) are built from checked events, so no part of the body escapes the limits.
 */
final class LimitedParser implements JsonParser {

    /** found once: {@code Json.create…} looks the provider up again on every call */
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    /** longest integer literal that surely fits a long */
    private static final int LONG_DIGITS = 18;

    private final JsonParser in;
    private final InputLimits.Checker checker = new InputLimits.Checker();
    private Event current;

    LimitedParser(JsonParser in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        return in.hasNext();
    }

    @Override
    public Event next() {
        Event e = in.next();
        try {
            checker.event(e, in);
        } catch (RuntimeException refusal) {
            // all the checker throws is its refusal of the event (a syntax error comes from next() above)
            throw new InputLimits.Exceeded(refusal);
        }
        current = e;
        return e;
    }

    @Override
    public Event currentEvent() {
        return current;
    }

    @Override
    public String getString() {
        return in.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return in.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return in.getInt();
    }

    @Override
    public long getLong() {
        return in.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return in.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return in.getLocation();
    }

    @Override
    public JsonObject getObject() {
        if (current != Event.START_OBJECT) {
            throw new IllegalStateException("not at the start of an object: " + current);
        }
        return (JsonObject) getValue();
    }

    @Override
    public JsonArray getArray() {
        if (current != Event.START_ARRAY) {
            throw new IllegalStateException("not at the start of an array: " + current);
        }
        return (JsonArray) getValue();
    }

    /** The value that starts at the current event, read to its end through {@link #next}. */
    @Override
    public JsonValue getValue() {
        return switch (current) {
            case START_OBJECT -> {
                JsonObjectBuilder b = PROVIDER.createObjectBuilder();
                while (next() != Event.END_OBJECT) {
                    String name = in.getString();
                    next();
                    b.add(name, getValue());
                }
                yield b.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder b = PROVIDER.createArrayBuilder();
                while (next() != Event.END_ARRAY) {
                    b.add(getValue());
                }
                yield b.build();
            }
            case VALUE_STRING -> PROVIDER.createValue(in.getString());
            case VALUE_NUMBER -> in.isIntegralNumber() && in.getString().length() <= LONG_DIGITS
                    ? PROVIDER.createValue(in.getLong()) : PROVIDER.createValue(in.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new IllegalStateException("no value starts at " + current);
        };
    }

    @Override
    public void skipObject() {
        skip(Event.START_OBJECT, Event.END_OBJECT);
    }

    @Override
    public void skipArray() {
        skip(Event.START_ARRAY, Event.END_ARRAY);
    }

    /** to the end of the innermost open value of that kind, every event checked on the way */
    private void skip(Event start, Event end) {
        for (int depth = 1; depth > 0 && hasNext(); ) {
            Event e = next();
            if (e == start) {
                depth++;
            } else if (e == end) {
                depth--;
            }
        }
    }

    @Override
    public void close() {
        in.close();
    }
}
