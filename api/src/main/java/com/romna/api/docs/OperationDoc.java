package com.romna.api.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What {@code docs/api/*.yml} says about one operation ({@code "POST /api/voice/decide"}).
 *
 * @param request what the request body holds (the schema comes from the code)
 * @param parameters description by parameter name (path, query or header)
 * @param responses description by success status; problem statuses come from {@code problems}
 * @param problems slugs this operation may answer with, besides those every operation has
 * @param open true for provider callbacks, which carry no bearer token
 */
record OperationDoc(
    String id,
    String summary,
    String description,
    String request,
    Map<String, String> parameters,
    Map<Integer, String> responses,
    List<String> problems,
    Map<String, Example> examples,
    @JsonProperty("public") Boolean open) {

  OperationDoc {
    parameters = parameters == null ? Map.of() : parameters;
    responses = responses == null ? Map.of() : responses;
    problems = problems == null ? List.of() : problems;
    examples = examples == null ? Map.of() : examples;
    open = Boolean.TRUE.equals(open);
  }

  /**
   * A request with the answer it gets; the contract test sends each one to the running service.
   *
   * @param auth {@code user} (a user token, the default), {@code service} (the service key) or {@code none}
   * @param after examples (by name) sent first, as the same user; the last plan or contact they
   *     answered with is the one this example acts on ({@code {id}}, {@code planId})
   */
  record Example(
      String summary,
      String description,
      int status,
      String auth,
      List<String> after,
      Map<String, String> path,
      Map<String, String> query,
      Map<String, String> headers,
      JsonNode body,
      Map<String, String> form,
      JsonNode response) {

    Example {
      auth = auth == null ? "user" : auth;
      after = after == null ? List.of() : after;
      path = path == null ? Map.of() : path;
      query = query == null ? Map.of() : query;
      headers = headers == null ? Map.of() : headers;
      form = form == null ? Map.of() : form;
    }

    boolean problem() {
      return status >= 400;
    }
  }
}
