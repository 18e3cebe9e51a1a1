package com.romna.api.docs;

import java.net.URI;

/**
 * One {@code urn:romna:problem:<slug>}: what it means and what the client should do about it.
 *
 * @param status the HTTP status this problem is always answered with
 */
record ProblemType(String slug, int status, String title, String meaning, String action) {

  static final String PREFIX = "urn:romna:problem:";

  URI type() {
    return URI.create(PREFIX + slug);
  }
}
