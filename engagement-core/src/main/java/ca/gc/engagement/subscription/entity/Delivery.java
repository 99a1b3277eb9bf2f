package ca.gc.engagement.subscription.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt to deliver one change to one subscription, as it went: kept so that its owner can see
 * why a receiver is not getting changes. Written once, never changed.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

  /** How much of a receiver's answer is kept: enough to read an error, not a page. */
  public static final int ANSWER_KEPT = 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
  @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
  private Long id;

  @Column(name = "subscription_id", nullable = false)
  private long subscriptionId;

  @Column(name = "feed_position", nullable = false)
  private long position;

  @Column(name = "webhook_id", nullable = false, length = 100)
  private String webhookId;

  @Column(nullable = false)
  private int attempt;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "status_code")
  private Integer statusCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryOutcome outcome;

  @Column(length = ANSWER_KEPT)
  private String answer;

  @Column(name = "elapsed_ms", nullable = false)
  private long elapsedMillis;

  protected Delivery() {}

  public Delivery(
      long subscriptionId,
      long position,
      String webhookId,
      int attempt,
      Instant attemptedAt,
      Integer statusCode,
      DeliveryOutcome outcome,
      String answer,
      Duration elapsed) {
    this.subscriptionId = subscriptionId;
    this.position = position;
    this.webhookId = webhookId;
    this.attempt = attempt;
    this.attemptedAt = attemptedAt;
    this.statusCode = statusCode;
    this.outcome = outcome;
    this.answer = kept(answer);
    this.elapsedMillis = elapsed.toMillis();
  }

  /** At most {@link #ANSWER_KEPT} characters, never a split surrogate pair. */
  static String kept(String answer) {
    if (answer == null || answer.length() <= ANSWER_KEPT) {
      return answer;
    }
    int end = ANSWER_KEPT;
    if (Character.isHighSurrogate(answer.charAt(end - 1))) {
      end--;
    }
    return answer.substring(0, end);
  }

  public Long getId() {
    return id;
  }

  public long getSubscriptionId() {
    return subscriptionId;
  }

  public long getPosition() {
    return position;
  }

  public String getWebhookId() {
    return webhookId;
  }

  public int getAttempt() {
    return attempt;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }

  public Integer getStatusCode() {
    return statusCode;
  }

  public DeliveryOutcome getOutcome() {
    return outcome;
  }

  public String getAnswer() {
    return answer;
  }

  public long getElapsedMillis() {
    return elapsedMillis;
  }
}
