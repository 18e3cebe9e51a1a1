package com.romna.workflows;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Workflow code must replay deterministically: no Spring, no vendor SDK, no I/O libraries. lib-recur
 * (org.dmfs) is pure RFC 5545 arithmetic, called inside Workflow.sideEffect.
 */
@AnalyzeClasses(packages = "com.romna.workflows", importOptions = ImportOption.DoNotIncludeTests.class)
class DeterminismBoundaryTests {

  @ArchTest
  static final ArchRule workflowsDependOnlyOnTheTemporalSdk =
      classes()
          .that()
          .resideInAPackage("com.romna.workflows..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("com.romna.workflows..", "java..", "io.temporal..", "org.slf4j..",
              "org.dmfs..");
}
