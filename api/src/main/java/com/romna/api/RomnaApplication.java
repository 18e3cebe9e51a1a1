package com.romna.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The ROMNA execution engine: the API, and (when the worker module is present) the worker. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RomnaApplication {

  public static void main(String[] args) {
    SpringApplication.run(RomnaApplication.class, args);
  }
}
