package ca.gc.engagement.subscription.control;

import ca.gc.engagement.subscription.entity.ReceiverAllowList;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The operator's settings for webhooks, read once and checked when the application starts, so a
 * setting that breaks the rules fails the deployment rather than the first delivery: the receivers
 * allowed ({@link ReceiverAllowList#PROPERTY}) and how long a subscription may fail before it is
 * suspended ({@code engagement.webhooks.give-up-after}, an ISO-8601 duration, 24 hours unless set).
 */
@ApplicationScoped
public class WebhookSettings {

  public static final String GIVE_UP_AFTER = "engagement.webhooks.give-up-after";

  private ReceiverAllowList allowList;
  private Duration giveUpAfter;

  @PostConstruct
  void read() {
    Config config = ConfigProvider.getConfig();
    allowList = ReceiverAllowList.configured();
    String giveUp = config.getOptionalValue(GIVE_UP_AFTER, String.class).orElse("PT24H");
    try {
      giveUpAfter = Duration.parse(giveUp);
    } catch (DateTimeParseException notADuration) {
      throw new IllegalArgumentException(
          GIVE_UP_AFTER + ": \"" + giveUp + "\" is not an ISO-8601 duration such as PT24H",
          notADuration);
    }
    if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
      throw new IllegalArgumentException(GIVE_UP_AFTER + " must be longer than nothing");
    }
  }

  /** Reads, and so checks, both settings as the application starts. */
  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    allowList.prefixes();
  }

  public ReceiverAllowList allowList() {
    return allowList;
  }

  public Duration giveUpAfter() {
    return giveUpAfter;
  }
}
