package com.romna.understanding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Understanding is plain, deterministic Java: the same transcript at the same "now" always means the same
 * thing, offline. No Spring, no Temporal, no I/O, none of our other modules; only the JDK's language, time
 * and collection packages and the small libraries named here.
 */
@AnalyzeClasses(packages = "com.romna.understanding", importOptions = ImportOption.DoNotIncludeTests.class)
class UnderstandingBoundaryTests {

  @ArchTest
  static final ArchRule dependsOnlyOnTheJdkAndSmallLibraries =
      classes()
          .that()
          .resideInAPackage("com.romna.understanding..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("com.romna.understanding..", "java.lang..", "java.time..", "java.util..",
              "java.text..", "java.math..", "com.batoulapps.adhan..", "com.google.i18n.phonenumbers..");

  @ArchTest
  static final ArchRule noIoFrameworksOrOtherModules =
      noClasses()
          .that()
          .resideInAPackage("com.romna.understanding..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "org.springframework..",
              "io.temporal..", "com.romna.api..", "com.romna.workflows..", "com.romna.activities..",
              "com.romna.worker..");
}
