package com.romna.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * "The part that understands never executes": the api module may host the worker at runtime, but
 * none of its code may reach an activity, the worker or a provider SDK. (Understanding has its own
 * module and its own boundary test.)
 */
@AnalyzeClasses(packages = "com.romna", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundaryTests {

  @ArchTest
  static final ArchRule apiNeverReachesActivitiesWorkerOrProviders =
      noClasses()
          .that()
          .resideInAPackage("com.romna.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.romna.activities..",
              "com.romna.worker..",
              "com.romna.local..",
              "com.twilio..",
              "com.resend..",
              "com.google.firebase..");
}
