package org.eventline.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eventline.event.EventType;
import org.eventline.store.EventQuery;

/**
 * Reads {@code actor, type, from, to, article, limit, offset} from a request into an
 * {@link EventQuery}, so the API and the HTML pages accept the same parameters and refuse the same
 * mistakes with the same messages.
 */
final class QueryParams {
  private static final String TYPES =
      Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", "));

  private QueryParams() {}

  static EventQuery events(Context ctx) {
    try {
      return new EventQuery(
          ctx.queryParam("actor"),
          type(ctx.queryParam("type")),
          date("from", ctx.queryParam("from")),
          date("to", ctx.queryParam("to")),
          ctx.queryParam("article"),
          number("limit", ctx.queryParam("limit"), EventQuery.DEFAULT_LIMIT),
          number("offset", ctx.queryParam("offset"), 0));
    } catch (IllegalArgumentException e) {
      // EventQuery's own checks (limit 0, from after to) are the client's mistakes too.
      throw new InvalidParameter(e.getMessage());
    }
  }

  /** Only {@code limit} and {@code offset}, for listings other than events, with the same bounds. */
  static EventQuery page(Context ctx) {
    try {
      return EventQuery.all()
          .withLimit(number("limit", ctx.queryParam("limit"), EventQuery.DEFAULT_LIMIT))
          .withOffset(number("offset", ctx.queryParam("offset"), 0));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter(e.getMessage());
    }
  }

  static EventType type(String value) {
    if (isBlank(value)) {
      return null;
    }
    try {
      return EventType.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("type '" + value + "' is not a PLOVER event type; use one of " + TYPES);
    }
  }

  static LocalDate date(String name, String value) {
    if (isBlank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(name + " '" + value + "' is not a date; use YYYY-MM-DD");
    }
  }

  static int number(String name, String value, int fallback) {
    if (isBlank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameter(name + " '" + value + "' is not a whole number");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
