package com.romna.api.docs;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs and Swagger UI at /docs, when romna.docs.enabled. */
@ApiRole
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DocsSwitch.ENABLED, havingValue = "true", matchIfMissing = true)
class DocsConfiguration {

  static {
    // Resolved from the bearer token by the auth layer, never sent by the client.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }

  @Bean
  OpenAPI romnaOpenApi() {
    return new OpenAPI().info(new Info().title("ROMNA execution engine API").version("v1"));
  }

  @Bean
  ApiDocsCustomizer apiDocsCustomizer() {
    return new ApiDocsCustomizer(ApiDocs.load(), ProblemCatalog.load(), SchemaDocs.load());
  }
}
