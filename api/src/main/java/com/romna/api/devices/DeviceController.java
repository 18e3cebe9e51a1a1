package com.romna.api.devices;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's devices: where reminders and alarms are pushed. Tokens are never shown back in
 * full; another user's device does not exist here (404).
 */
@ApiRole
@RestController
@RequestMapping("/api/devices")
class DeviceController {

  // FCM registration tokens are printable ASCII, a few hundred characters long.
  private static final Pattern TOKEN = Pattern.compile("\\p{Graph}{1,4096}");
  private static final Set<String> PLATFORMS = Set.of("android", "ios", "web");

  private final DeviceStore store;

  DeviceController(DeviceStore store) {
    this.store = store;
  }

  record DeviceRequest(String token, String platform, String userId) {}

  record DeviceView(String token, String platform, Instant registeredAt, Instant updatedAt) {
    static DeviceView of(Device device) {
      return new DeviceView(
          DeviceTokens.masked(device.token()), device.platform(), device.createdAt(), device.updatedAt());
    }
  }

  record DeviceList(List<DeviceView> devices) {}

  @PostMapping
  ResponseEntity<DeviceView> register(Caller caller, @RequestBody DeviceRequest request) {
    String user = caller.actingAs(request.userId());
    DeviceStore.Registration registration =
        store.register(user, token(request.token()), platform(request.platform()))
            .orElseThrow(DeviceController::registeredElsewhere);
    return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(DeviceView.of(registration.device()));
  }

  @GetMapping
  DeviceList list(Caller caller, @RequestParam(required = false) String userId) {
    return new DeviceList(store.list(caller.actingAs(userId)).stream().map(DeviceView::of).toList());
  }

  @DeleteMapping("/{token}")
  ResponseEntity<Void> remove(
      Caller caller, @PathVariable String token, @RequestParam(required = false) String userId) {
    if (!store.remove(caller.actingAs(userId), token)) {
      throw ApiException.notFound("No device with this token is registered for this user.");
    }
    return ResponseEntity.noContent().build();
  }

  private static ApiException registeredElsewhere() {
    return new ApiException(
        HttpStatus.CONFLICT,
        "device-registered-elsewhere",
        "Device registered to another account",
        "This device is registered to another account. Sign out of that account on the device (which"
            + " removes it with DELETE /api/devices/{token}), then register it again.");
  }

  private static String token(String token) {
    if (token == null || token.isEmpty()) {
      throw ApiException.badRequest("invalid-token", "'token' is required.");
    }
    if (!TOKEN.matcher(token).matches()) {
      throw ApiException.badRequest(
          "invalid-token", "'token' must be 1 to 4096 visible characters, without spaces.");
    }
    return token;
  }

  private static String platform(String platform) {
    if (platform == null) {
      return null;
    }
    String normalised = platform.trim().toLowerCase(Locale.ROOT);
    if (!PLATFORMS.contains(normalised)) {
      throw ApiException.badRequest(
          "invalid-platform", "'platform' must be \"android\", \"ios\" or \"web\".");
    }
    return normalised;
  }
}
