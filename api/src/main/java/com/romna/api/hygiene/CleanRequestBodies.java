package com.romna.api.hygiene;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string in a JSON request body is {@link CleanText cleaned} as it is read: transcripts
 * before they reach understanding, names, subjects, anything. One place, at the API's entry; the
 * mapper the rest of the service uses (e.g. for stored payloads) is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class CleanRequestBodies implements WebMvcConfigurer {

  private final JsonMapper json;

  CleanRequestBodies(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    JsonMapper cleaning = json.rebuild()
        .addModule(new SimpleModule("clean-text").addDeserializer(String.class, new CleanStrings()))
        .build();
    converters.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
        ? new JacksonJsonHttpMessageConverter(cleaning)
        : converter);
  }

  /** Jackson's own reading of a string (with its coercions), then cleaned. */
  private static final class CleanStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      return CleanText.clean(super.deserialize(parser, context));
    }
  }
}
