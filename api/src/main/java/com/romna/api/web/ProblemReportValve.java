package com.romna.api.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for requests it refuses before they reach the application (a request line
 * with {@code <>} or an encoded slash, a malformed or oversized header): the same problem JSON as
 * the application's own errors instead of Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String detail = status >= 500
        ? "Something went wrong on our side; nothing was lost."
        : "The request was refused before it reached the service: it is not valid HTTP for this"
            + " service (check the URL, its encoding and the headers).";
    String body = "{\"type\":\"" + Problems.type(Problems.slug(status)) + "\",\"title\":\""
        + Problems.title(status) + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response cannot take a body: the status line is all it gets.
    }
  }
}
