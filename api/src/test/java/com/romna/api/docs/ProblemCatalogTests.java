package com.romna.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The problem catalog and the code agree: every slug raised is explained, every one explained is raised. */
class ProblemCatalogTests {

  private static RaisedProblemTypes.Scan raised;
  private static final ProblemCatalog catalog = ProblemCatalog.load();

  @BeforeAll
  static void scanTheSources() throws Exception {
    raised = RaisedProblemTypes.scan(Path.of("src/main/java"));
  }

  @Test
  void theScanFindsTheSlugsRaisedThroughHelpersAndTheAdvice() {
    // One of each way of raising: a literal in new ApiException, a parameter of ApiException.badRequest,
    // a private helper's parameter, a constant in the advice's own type(...) calls.
    assertThat(raised.slugs()).containsKeys("not-understood", "invalid-transcript", "plan-finished",
        "approval-not-needed", "malformed-body", "internal", "not-found");
  }

  @Test
  void everyProblemTypeTheCodeRaisesCanBeTracedToItsSlug() {
    assertThat(raised.unresolved())
        .as("pass the slug as a string literal (or through a parameter that callers give a literal)")
        .isEmpty();
  }

  @Test
  void everySlugTheCodeRaisesIsInTheCatalog() {
    Map<String, List<RaisedProblemTypes.Site>> missing = raised.slugs().entrySet().stream()
        .filter(e -> catalog.find(e.getKey()).isEmpty())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(missing)
        .as("document these slugs (status, title, meaning, action) in api/src/main/resources/"
            + ProblemCatalog.RESOURCE)
        .isEmpty();
  }

  @Test
  void everySlugInTheCatalogIsStillRaised() {
    Set<String> stale = catalog.all().stream()
        .map(ProblemType::slug)
        .filter(slug -> !raised.slugs().containsKey(slug))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(stale).as("no code raises these any more; remove them from " + ProblemCatalog.RESOURCE).isEmpty();
  }

  @Test
  void everyEntrySaysWhatItMeansAndWhatToDo() {
    assertThat(catalog.all()).allSatisfy(t -> {
      assertThat(t.slug()).matches("[a-z]+(-[a-z]+)*");
      assertThat(t.status()).isBetween(400, 599);
      assertThat(t.title()).isNotBlank();
      assertThat(t.meaning()).as(t.slug()).isNotBlank();
      assertThat(t.action()).as(t.slug()).isNotBlank();
    });
  }
}
