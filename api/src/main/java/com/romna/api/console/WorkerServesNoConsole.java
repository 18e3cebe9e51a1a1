package com.romna.api.console;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A worker-only process answers nothing but actuator endpoints: it does not serve the console's
 * files either (the console would have no API behind it there).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${romna.role:all}' == 'worker'")
class WorkerServesNoConsole {

  @Bean
  static BeanPostProcessor noStaticResources() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof WebProperties web) {
          web.getResources().setAddMappings(false);
        }
        return bean;
      }
    };
  }
}
