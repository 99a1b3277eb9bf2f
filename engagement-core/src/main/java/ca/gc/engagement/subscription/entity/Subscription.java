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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An account's standing request to be sent, signed, each change of the given kinds that it may see
 * (docs/decisions/0039-signed-webhooks.md). Its own fields are on the audit trail: who created it,
 * where it sends, and when it was cancelled. The secret is not (an audit trail is read by more
 * people than the subscriber), nor the delivery progress, which the dispatcher moves with bulk
 * updates of its own, so that a delivery writes no revision.
 */
@Entity
@Table(name = "subscription")
@Audited
// Writes only what changed: a cancellation must not write back the progress it read.
@DynamicUpdate
public class Subscription {

  public static final String KIND = "subscription";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
  @SequenceGenerator(
      name = "subscription_seq",
      sequenceName = "subscription_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 255)
  private String owner;

  @Column(nullable = false, length = 2000)
  private String url;

  /** Comma-separated kind names; empty for every kind. */
  @Column(nullable = false, length = 1000)
  private String kinds;

  @NotAudited
  @Column(nullable = false, length = 200)
  private String secret;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SubscriptionStatus status;

  /** The API's base URL as the subscriber called it, so an entry's href can be built without it. */
  @Column(name = "api_base", nullable = false, length = 2000)
  private String apiBase;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @NotAudited @Version private long version;

  @NotAudited
  @Column(name = "delivered_up_to", nullable = false)
  private long deliveredUpTo;

  @NotAudited
  @Column(length = 500)
  private String reason;

  @NotAudited
  @Column(name = "failing_since")
  private Instant failingSince;

  @NotAudited
  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @NotAudited
  @Column(nullable = false)
  private int attempts;

  @NotAudited
  @Column(name = "lease_owner", length = 255)
  private String leaseOwner;

  @NotAudited
  @Column(name = "lease_until")
  private Instant leaseUntil;

  protected Subscription() {}

  /**
   * A new subscription of {@code owner}'s, sending what is recorded after feed position {@code
   * from} (what was on file before it is in the feed, for the subscriber to read).
   */
  public static Subscription of(
      String owner, SubscriptionDraft draft, String apiBase, long from, Instant now) {
    Subscription subscription = new Subscription();
    subscription.owner = owner;
    subscription.url = draft.url();
    subscription.kinds = String.join(",", new TreeSet<>(draft.kindsOrAll()));
    subscription.secret = draft.secret();
    subscription.status = SubscriptionStatus.ACTIVE;
    subscription.apiBase = apiBase;
    subscription.createdAt = now;
    subscription.deliveredUpTo = from;
    subscription.nextAttemptAt = now;
    return subscription;
  }

  /** Stops deliveries for good; a cancelled subscription stays on file. */
  public void cancel() {
    status = status.stepTo(KIND, SubscriptionStatus.CANCELLED);
    reason = null;
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getUrl() {
    return url;
  }

  /** The kinds it sends; empty for every kind. */
  public Set<String> getKinds() {
    return kinds.isEmpty()
        ? Set.of()
        : Arrays.stream(kinds.split(",")).collect(Collectors.toCollection(TreeSet::new));
  }

  public String getSecret() {
    return secret;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public String getApiBase() {
    return apiBase;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  public long getDeliveredUpTo() {
    return deliveredUpTo;
  }

  /** Why it is held or suspended; null while it delivers. */
  public String getReason() {
    return reason;
  }

  public Instant getFailingSince() {
    return failingSince;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  /** Failed attempts in a row since the last delivery. */
  public int getAttempts() {
    return attempts;
  }
}
