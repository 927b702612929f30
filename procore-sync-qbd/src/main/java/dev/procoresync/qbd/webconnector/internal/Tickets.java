package dev.procoresync.qbd.webconnector.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open Web Connector sessions, by ticket: 256 random bits from a {@link SecureRandom}, valid
 * until {@code ttl} after their last use on the injected clock.
 */
public final class Tickets {
  private final Clock clock;
  private final Duration ttl;
  private final SecureRandom random;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** One open session. */
  public static final class Session {
    private final String ticket;
    private final String companyKey;
    private volatile Instant lastUsed;
    private volatile String lastError = "";

    Session(String ticket, String companyKey, Instant now) {
      this.ticket = ticket;
      this.companyKey = companyKey;
      this.lastUsed = now;
    }

    /**
     * Returns the ticket.
     *
     * @return the ticket
     */
    public String ticket() {
      return ticket;
    }

    /**
     * Returns the company key the session was authenticated for.
     *
     * @return the company key
     */
    public String companyKey() {
      return companyKey;
    }

    /**
     * Returns the last error recorded for {@code getLastError}.
     *
     * @return the message, {@code ""} when none
     */
    public String lastError() {
      return lastError;
    }

    /**
     * Records the message {@code getLastError} returns next.
     *
     * @param message the message
     */
    public void lastError(String message) {
      this.lastError = message;
    }

    @Override
    public String toString() {
      return "Session[company=" + companyKey + "]"; // the ticket is a credential
    }
  }

  /**
   * Creates the registry.
   *
   * @param clock the clock tickets expire on
   * @param ttl how long a ticket lives after its last use
   * @param random the source of ticket bits
   */
  public Tickets(Clock clock, Duration ttl, SecureRandom random) {
    this.clock = clock;
    this.ttl = ttl;
    this.random = random;
  }

  /**
   * Opens a session.
   *
   * @param companyKey the company key
   * @return the session with its new ticket
   */
  public synchronized Session open(String companyKey) {
    byte[] bits = new byte[32];
    random.nextBytes(bits);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    Session s = new Session(ticket, companyKey, clock.instant());
    sessions.put(ticket, s);
    return s;
  }

  /**
   * Opens a session unless another live (not closed, not expired) session holds the same company
   * key; check and open are one atomic step, so two concurrent calls never both open one.
   *
   * @param companyKey the company key
   * @return the session with its new ticket, or empty when the company key is busy
   */
  public synchronized Optional<Session> openUnlessBusy(String companyKey) {
    Instant now = clock.instant();
    for (Session s : sessions.values()) {
      if (s.companyKey.equals(companyKey) && !now.isAfter(s.lastUsed.plus(ttl))) {
        return Optional.empty();
      }
    }
    return Optional.of(open(companyKey));
  }

  /**
   * Finds the live session of a ticket and marks it used.
   *
   * @param ticket the ticket
   * @return the session, or empty when unknown, closed or expired
   */
  public Optional<Session> use(String ticket) {
    Session s = sessions.get(ticket);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (now.isAfter(s.lastUsed.plus(ttl))) {
      return Optional.empty();
    }
    s.lastUsed = now;
    return Optional.of(s);
  }

  /**
   * Removes a session.
   *
   * @param ticket the ticket
   * @return the removed session, or empty when none
   */
  public Optional<Session> close(String ticket) {
    return Optional.ofNullable(sessions.remove(ticket));
  }

  /**
   * Removes and returns the sessions whose tickets expired.
   *
   * @return the expired sessions
   */
  public List<Session> sweepExpired() {
    Instant now = clock.instant();
    List<Session> expired = new ArrayList<>();
    for (Session s : List.copyOf(sessions.values())) {
      if (now.isAfter(s.lastUsed.plus(ttl)) && sessions.remove(s.ticket, s)) {
        expired.add(s);
      }
    }
    return expired;
  }
}
