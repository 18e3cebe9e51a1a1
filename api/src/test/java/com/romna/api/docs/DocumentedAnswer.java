package com.romna.api.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Whether an answer is the documented one: the same members, arrays and values, except that ids
 * and times (which differ on every run) only need to be ids and times where the documented ones are.
 */
final class DocumentedAnswer {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");

  private DocumentedAnswer() {}

  /** @param exactTimes times must be equal too (the request fixed "now") */
  static List<String> mismatches(JsonNode documented, JsonNode actual, boolean exactTimes) {
    List<String> out = new ArrayList<>();
    compare("", documented, actual, exactTimes, out);
    return out;
  }

  private static void compare(String at, JsonNode documented, JsonNode actual, boolean exactTimes, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(at + ": documented " + documented + ", missing in the answer");
    } else if (documented.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>(documented.propertyNames());
      names.addAll(actual.propertyNames());
      for (String name : names) {
        if (!documented.has(name)) {
          out.add(at + "/" + name + ": answered " + actual.get(name) + " but not documented");
        } else {
          compare(at + "/" + name, documented.get(name), actual.get(name), exactTimes, out);
        }
      }
    } else if (documented.isArray() && actual.isArray()) {
      if (documented.size() != actual.size()) {
        out.add(at + ": documented " + documented.size() + " items, answered " + actual);
        return;
      }
      for (int i = 0; i < documented.size(); i++) {
        compare(at + "/" + i, documented.get(i), actual.get(i), exactTimes, out);
      }
    } else if (documented.isString() && actual.isString()) {
      if (at.endsWith("/reply")) { // a spoken reply names the day and hour, which move with the clock
        if (actual.asString().isBlank()) {
          out.add(at + ": documented " + documented + ", answered a blank reply");
        }
        return;
      }
      if (!normal(documented.asString(), exactTimes).equals(normal(actual.asString(), exactTimes))) {
        out.add(at + ": documented " + documented + ", answered " + actual);
      }
    } else if (!documented.equals(actual) && !(documented.isNumber() && actual.isNumber()
        && documented.decimalValue().compareTo(actual.decimalValue()) == 0)) {
      out.add(at + ": documented " + documented + ", answered " + actual);
    }
  }

  private static String normal(String text, boolean exactTimes) {
    String ids = UUID.matcher(text).replaceAll("<uuid>");
    return exactTimes ? ids : TIME.matcher(ids).replaceAll("<time>");
  }
}
