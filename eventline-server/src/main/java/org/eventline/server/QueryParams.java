package org.eventline.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.store.BoundingBox;
import org.eventline.store.EventSort;
import org.eventline.store.Interval;
import org.eventline.store.EventQuery;

/**
 * Reads the event filters ({@link #FILTERS}), {@code sort}, {@code limit} and {@code offset} from a request into an
 * {@link EventQuery}, so the API and the HTML pages accept the same parameters and refuse the same
 * mistakes with the same messages.
 */
final class QueryParams {
  private static final String TYPES =
      Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", "));

  private QueryParams() {}

  /** Every filter name the API and the pages accept, in the order the OpenAPI document lists them. */
  static final java.util.List<String> FILTERS = java.util.List.of("actor", "actor_kind", "actor_country", "type",
      "quad_class", "status", "from", "to", "place_country", "bbox", "q", "article");

  static EventQuery events(Context ctx) {
    try {
      String quad = ctx.queryParam("quad_class");
      String bbox = ctx.queryParam("bbox");
      String sort = ctx.queryParam("sort");
      return new EventQuery(
          ctx.queryParam("actor"),
          ctx.queryParam("actor_kind"),
          ctx.queryParam("actor_country"),
          type(ctx.queryParam("type")),
          isBlank(quad) ? null : number("quad_class", quad, 0),
          status(ctx.queryParam("status")),
          date("from", ctx.queryParam("from")),
          date("to", ctx.queryParam("to")),
          ctx.queryParam("place_country"),
          isBlank(bbox) ? null : BoundingBox.parse(bbox),
          ctx.queryParam("q"),
          ctx.queryParam("article"),
          isBlank(sort) ? null : EventSort.parse(sort),
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

  static EventStatus status(String value) {
    if (isBlank(value)) {
      return null;
    }
    try {
      return EventStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("status '" + value + "' is not one of asserted, negated, hypothetical");
    }
  }

  static Interval interval(String value) {
    try {
      return isBlank(value) ? Interval.MONTH : Interval.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter(e.getMessage());
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
