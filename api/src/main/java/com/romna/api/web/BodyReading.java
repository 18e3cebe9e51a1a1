package com.romna.api.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Why a request body could not be read, said so the client can fix it. */
final class BodyReading {

  private BodyReading() {}

  /** Thrown by the body size limit while the body is read. */
  static final class TooLarge extends java.io.IOException {
    TooLarge(long limit) {
      super("The request body is larger than " + limit + " bytes, the most this service accepts.");
    }
  }

  static boolean tooLarge(Throwable e) {
    return find(e, TooLarge.class) != null;
  }

  static String tooLargeDetail(Throwable e) {
    return find(e, TooLarge.class).getMessage();
  }

  static String detail(HttpMessageNotReadableException e) {
    InvalidFormatException format = find(e, InvalidFormatException.class);
    if (format != null && format.getTargetType() != null && format.getTargetType().isEnum()) {
      return "'" + path(format) + "' must be one of: " + java.util.Arrays.stream(format.getTargetType()
          .getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) + ".";
    }
    MismatchedInputException mismatch = find(e, MismatchedInputException.class);
    if (mismatch != null && !path(mismatch).isEmpty() && mismatch.getTargetType() != null) {
      return "'" + path(mismatch) + "' must be " + kind(mismatch.getTargetType()) + ".";
    }
    if (find(e, StreamConstraintsException.class) != null) {
      return "The request body is nested too deeply or has a value too long to read.";
    }
    return "The request body is not valid JSON of the expected shape.";
  }

  private static String kind(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return "an object of the documented shape";
  }

  private static String path(DatabindException e) {
    return e.getPath().stream()
        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
