package com.romna.api.support;


import com.romna.activities.email.FakeResend;
import com.romna.activities.push.FakeFcm;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.api.RomnaApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over HTTP as in {@link EngineTest}, but delivering through the real provider
 * SDKs to local fake FCM, Resend and Twilio servers ({@link ProviderFakesConfiguration}).
 *
 * <p>On a database of its own: the service re-drives every unfinished plan it finds at start-up,
 * and must not send other test classes' plans to the fakes.
 */
@SpringBootTest(
    classes = RomnaApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "romna.temporal.embedded=never",
      "spring.datasource.username=postgres",
      "spring.datasource.password=",
      "romna.public-base-url=" + ProviderFakesConfiguration.PUBLIC_BASE_URL
    })
@Import(ProviderFakesConfiguration.class)
public abstract class ProviderEngineTest extends ServiceTest {

  // Created once: property suppliers may be called more than once.
  private static final String DATABASE = TestPostgres.newDatabase();

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  @Autowired protected FakeFcm fcm;
  @Autowired protected FakeResend resend;
  @Autowired protected FakeTwilio twilio;
}
