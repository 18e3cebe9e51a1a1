package com.romna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTests {

  @Test
  void defaultsAreTheIssuesFigures() {
    Options o = Options.parse();
    assertThat(o.plans()).isEqualTo(2000);
    assertThat(o.clients()).isEqualTo(16);
    assertThat(o.sleepers()).isEqualTo(10_000);
    assertThat(o.sections()).containsExactlyElementsOf(Options.ALL_SECTIONS);
    assertThat(o.baselines()).isTrue();
  }

  @Test
  void flagsChooseSectionsSizesAndServiceFlags() {
    Options o = Options.parse("--sections", "punctuality,memory", "--plans", "20,000", "--clients", "4",
        "--no-baselines", "--jvm-arg", "-Xmx1g", "--jvm-arg", "-XX:+UseSerialGC");
    assertThat(o.sections()).containsExactly("punctuality", "memory");
    assertThat(o.plans()).isEqualTo(20_000);
    assertThat(o.clients()).isEqualTo(4);
    assertThat(o.baselines()).isFalse();
    assertThat(o.jvmArgs()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> Options.parse("--sections", "speed")).hasMessageContaining("unknown section 'speed'");
    assertThatThrownBy(() -> Options.parse("--plans", "many")).hasMessageContaining("--plans takes a number");
    assertThatThrownBy(() -> Options.parse("--plans")).hasMessageContaining("--plans needs a value");
    assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("unknown flag --fast");
  }
}
