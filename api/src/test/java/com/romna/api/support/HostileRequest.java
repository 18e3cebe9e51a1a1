package com.romna.api.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One hand-built HTTP request of the hostile-input suite: anything a client could put on the wire. */
public final class HostileRequest {

  /** What the suite allows as an answer: a 4xx problem only, or also a 2xx that may create a plan or only reads. */
  public enum Expect { REFUSED, MAY_CREATE, READ_ONLY }

  private final String requestLine;
  private final List<String> headers = new ArrayList<>();
  private byte[] body;
  private boolean host = true;
  private boolean length = true;
  private Expect expect = Expect.REFUSED;
  private String name;

  private HostileRequest(String requestLine) {
    this.requestLine = requestLine;
  }

  public static HostileRequest of(String method, String path) {
    return new HostileRequest(method + " " + path + " HTTP/1.1");
  }

  public HostileRequest named(String name) {
    this.name = name;
    return this;
  }

  public HostileRequest bearer(String token) {
    return header("Authorization: Bearer " + token);
  }

  public HostileRequest header(String line) {
    headers.add(line);
    return this;
  }

  public HostileRequest json(String json) {
    return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  public HostileRequest body(byte[] bytes, String contentType) {
    this.body = bytes;
    if (contentType != null) {
      headers.add("Content-Type: " + contentType);
    }
    return this;
  }

  /** Leaves out the Host header (HTTP/1.1 requires it). */
  public HostileRequest withoutHost() {
    host = false;
    return this;
  }

  /** Leaves the Content-Length to the headers given (to send contradicting ones). */
  public HostileRequest withoutLength() {
    length = false;
    return this;
  }

  public HostileRequest expect(Expect expect) {
    this.expect = expect;
    return this;
  }

  public Expect expect() {
    return expect;
  }

  public String name() {
    return name != null ? name : requestLine;
  }

  public byte[] body() {
    return body;
  }

  public String head() {
    StringBuilder head = new StringBuilder(requestLine);
    if (host) {
      head.append("\r\nHost: localhost");
    }
    for (String header : headers) {
      head.append("\r\n").append(header);
    }
    if (length && body != null) {
      head.append("\r\nContent-Length: ").append(body.length);
    }
    return head.toString();
  }

  public RawHttp.Response send(int port) {
    return RawHttp.send(port, head(), body);
  }

  /** The request as the server sees it, to tell what it echoes from what it reveals. */
  public String asText() {
    return head() + "\n" + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
  }
}
