package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console is a plain static bundle served by the service itself: reachable without a token,
 * every file it loads present, nothing from another host, one set of strings in both languages.
 */
class ConsoleAssetsTests extends EngineTest {

  private static final Path STATIC = Path.of("src/main/resources/static");
  private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"(/[^\"#]*)\"");
  private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+|\\.\\./[^']+)'");
  private static final Pattern STRING_KEY = Pattern.compile("\\bt\\('([a-zA-Z][\\w.]*)'");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyFileThePageLoadsIsServedWithoutATokenUnderAStrictPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(ConsoleHeaders.POLICY);
    assertThat(page.body()).contains("<html lang=\"en\" dir=\"ltr\">");

    Set<String> seen = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(matches(REFERENCE, page.body()));
    pending.addAll(List.of("/assets/i18n/en.json", "/assets/i18n/ar.json"));
    while (!pending.isEmpty()) {
      String path = pending.pop();
      if (!seen.add(path)) {
        continue;
      }
      HttpResponse<String> asset = get(path);
      assertThat(asset.statusCode()).as(path).isEqualTo(200);
      assertThat(asset.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
      if (path.endsWith(".js")) {
        assertThat(asset.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
            type -> assertThat(type).contains("javascript"));
        for (String relative : matches(IMPORT, asset.body())) {
          pending.add(URI.create(path).resolve(relative).getPath());
        }
      }
    }
    assertThat(seen).contains("/assets/js/main.js", "/assets/js/views/say.js", "/assets/app.css");
  }

  @Test
  void noFileOfTheConsoleReachesForAnotherHost() throws IOException {
    try (Stream<Path> files = Files.walk(STATIC)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).doesNotContainPattern("(?i)(src|href|url|from|import)\\s*[=(]?\\s*['\"]?https?://");
        assertThat(text).as(file.toString()).doesNotContain("//cdn", "googleapis", "unpkg", "jsdelivr");
      }
    }
  }

  @Test
  void bothLanguagesHaveEveryStringTheCodeUses() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode en = json.readTree(STATIC.resolve("assets/i18n/en.json").toFile());
    JsonNode ar = json.readTree(STATIC.resolve("assets/i18n/ar.json").toFile());
    assertThat(Set.copyOf(ar.propertyNames())).isEqualTo(Set.copyOf(en.propertyNames()));
    for (JsonNode strings : List.of(en, ar)) {
      strings.properties().forEach(e -> assertThat(e.getValue().asString()).as(e.getKey()).isNotBlank());
    }
    try (Stream<Path> files = Files.walk(STATIC.resolve("assets/js"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        for (String key : matches(STRING_KEY, Files.readString(file))) {
          assertThat(en.has(key)).as(file.getFileName() + " uses " + key).isTrue();
        }
      }
    }
  }

  @Test
  void apiStillNeedsATokenWhileTheConsoleDoesNot() throws Exception {
    assertThat(api.get("/api/plans", null).status()).isEqualTo(401);
    assertThat(get("/index.html").statusCode()).isEqualTo(200);
    assertThat(api.get("/console/sign-in-options", null).status()).isEqualTo(200);
  }

  @Test
  void workerOnlyProcessServesNoConsole() {
    try (ConfigurableApplicationContext worker = OtherService.start("--romna.role=worker")) {
      Api other = OtherService.api(worker);
      assertThat(other.get("/", null).status()).isEqualTo(404);
      assertThat(other.get("/assets/js/main.js", null).status()).isEqualTo(404);
      assertThat(other.get("/console/dev-token", null).status()).isEqualTo(404);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> matches(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.results().map(r -> r.group(1)).toList();
  }
}
