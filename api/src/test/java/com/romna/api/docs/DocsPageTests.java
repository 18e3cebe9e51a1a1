package com.romna.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.EngineTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** /docs is Swagger UI served by this service alone: nothing on the page comes from elsewhere. */
class DocsPageTests extends EngineTest {

  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void docsOpensSwaggerUiWhoseAssetsAllComeFromThisService() throws Exception {
    HttpResponse<String> docs = get("/docs");
    assertThat(docs.statusCode()).isEqualTo(302);
    String page = docs.headers().firstValue("Location").orElseThrow();
    assertThat(page).isEqualTo("/swagger-ui/index.html");

    HttpResponse<String> index = get(page);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Security-Policy")).contains(DocsPageFilter.POLICY);
    List<String> assets = new ArrayList<>();
    Matcher m = ASSET.matcher(index.body());
    while (m.find()) {
      assets.add(m.group(1));
    }
    assertThat(assets).isNotEmpty().allSatisfy(asset -> assertThat(asset).doesNotContain(":").doesNotStartWith("//"));
    for (String asset : assets) {
      HttpResponse<String> loaded = get(URI.create(page).resolve(asset).toString());
      assertThat(loaded.statusCode()).as(asset).isEqualTo(200);
      if (asset.endsWith(".css")) {
        assertThat(loaded.body()).as(asset).doesNotContain("@import").doesNotContainPattern("url\\(['\"]?(https?:)?//");
      }
    }
  }

  @Test
  void theWebjarPathIsUnderTheSamePolicy() throws Exception {
    HttpResponse<String> index = get("/webjars/swagger-ui/index.html");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Security-Policy")).contains(DocsPageFilter.POLICY);
    assertThat(get("/webjars/swagger-ui/swagger-initializer.js").body()).doesNotContain("petstore");
  }

  @Test
  void swaggerUiIsPointedAtThisDocumentWithNoPetstoreAndNoOnlineValidator() throws Exception {
    HttpResponse<String> initializer = get("/swagger-ui/swagger-initializer.js");
    assertThat(initializer.statusCode()).isEqualTo(200);
    assertThat(initializer.body()).contains("/v3/api-docs/swagger-config").doesNotContain("petstore");

    JsonNode config = api.get("/v3/api-docs/swagger-config", null).body();
    assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
    assertThat(config.get("validatorUrl").asString()).isEqualTo("none");
    config.properties().forEach(e -> {
      if (e.getValue().isString() && e.getValue().asString().matches("(?i)https?://.*")) {
        assertThat(e.getValue().asString()).as(e.getKey()).startsWith("http://localhost:" + port + "/");
      }
    });
  }

  @Test
  void theDocumentAndThePageNeedNoToken() {
    assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    assertThat(api.get("/v3/api-docs/swagger-config", null).status()).isEqualTo(200);
  }
}
