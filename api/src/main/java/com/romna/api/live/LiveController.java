package com.romna.api.live;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/live}: the caller's deliveries and plan changes as Server-Sent Events, as they
 * happen. Authenticated like every API call (the console reads it with {@code fetch}, which can
 * send the {@code Authorization} header; a token in the URL would end up in logs and history).
 */
@ApiRole
@RestController
class LiveController {

  private final LiveEvents events;

  LiveController(LiveEvents events) {
    this.events = events;
  }

  // For the API document: the answer is a text stream, not the SseEmitter object that writes it.
  @ApiResponse(responseCode = "200",
      content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
  @GetMapping(path = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter live(
      Caller caller,
      @RequestParam(required = false) String userId,
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
      HttpServletResponse response) {
    String user = caller.actingAs(userId);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    // Proxies such as nginx would otherwise hold events back in their buffers.
    response.setHeader("X-Accel-Buffering", "no");
    return events.open(user, lastEventId);
  }
}
