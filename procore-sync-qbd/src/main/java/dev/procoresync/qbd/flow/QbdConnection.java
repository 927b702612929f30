package dev.procoresync.qbd.flow;

import dev.procoresync.core.state.WebConnectorQueue;
import java.time.Clock;
import java.util.Objects;

/**
 * Where the QuickBooks flows send their qbXML: the Web Connector queue, the company (Web Connector
 * user) whose QuickBooks runs it, the clock, and how many requests one message carries.
 *
 * <p>One message carries at most {@link #maxRequestsPerMessage()} requests (default 50) and about
 * {@link #maxMessageChars()} characters (default 512 KiB), so that a session's round trips stay
 * short and one failing message costs few records (decision 0403).
 *
 * <pre>{@code
 * QbdConnection qbd = QbdConnection.of(queue, "tenant-7", clock);
 * }</pre>
 */
public final class QbdConnection {
  /** The default number of requests per message. */
  public static final int DEFAULT_REQUESTS_PER_MESSAGE = 50;

  /** The default size bound of a message, in characters. */
  public static final int DEFAULT_MESSAGE_CHARS = 512 * 1024;

  /** The default page size of reads ({@code MaxReturned} of an iterator). */
  public static final int DEFAULT_PAGE_SIZE = 500;

  private final WebConnectorQueue queue;
  private final String companyKey;
  private final Clock clock;
  private final int maxRequestsPerMessage;
  private final int maxMessageChars;
  private final int pageSize;

  private QbdConnection(
      WebConnectorQueue queue,
      String companyKey,
      Clock clock,
      int maxRequestsPerMessage,
      int maxMessageChars,
      int pageSize) {
    this.queue = queue;
    this.companyKey = companyKey;
    this.clock = clock;
    this.maxRequestsPerMessage = maxRequestsPerMessage;
    this.maxMessageChars = maxMessageChars;
    this.pageSize = pageSize;
  }

  /**
   * Creates a connection with the default message and page sizes.
   *
   * @param queue the Web Connector queue
   * @param companyKey the company key the Web Connector service authenticates the user to
   * @param clock stamps the reports
   * @return the connection
   * @throws IllegalArgumentException when {@code companyKey} is blank
   */
  public static QbdConnection of(WebConnectorQueue queue, String companyKey, Clock clock) {
    if (Objects.requireNonNull(companyKey, "companyKey").isBlank()) {
      throw new IllegalArgumentException("companyKey must not be blank (was '" + companyKey + "')");
    }
    return new QbdConnection(
        Objects.requireNonNull(queue, "queue"),
        companyKey,
        Objects.requireNonNull(clock, "clock"),
        DEFAULT_REQUESTS_PER_MESSAGE,
        DEFAULT_MESSAGE_CHARS,
        DEFAULT_PAGE_SIZE);
  }

  /**
   * Returns a copy that puts at most {@code requests} requests in one message.
   *
   * @param requests at least 1 (1 is one round trip per record, for comparison)
   * @return the copy
   * @throws IllegalArgumentException when {@code requests} is less than 1
   */
  public QbdConnection withMaxRequestsPerMessage(int requests) {
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1 (was " + requests + ")");
    }
    return new QbdConnection(queue, companyKey, clock, requests, maxMessageChars, pageSize);
  }

  /**
   * Returns a copy that reads pages of {@code size} records.
   *
   * @param size the iterator's MaxReturned, at least 1
   * @return the copy
   * @throws IllegalArgumentException when {@code size} is less than 1
   */
  public QbdConnection withPageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1 (was " + size + ")");
    }
    return new QbdConnection(
        queue, companyKey, clock, maxRequestsPerMessage, maxMessageChars, size);
  }

  /**
   * Returns the queue.
   *
   * @return the queue
   */
  public WebConnectorQueue queue() {
    return queue;
  }

  /**
   * Returns the company key.
   *
   * @return the key
   */
  public String companyKey() {
    return companyKey;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the most requests per message.
   *
   * @return at least 1
   */
  public int maxRequestsPerMessage() {
    return maxRequestsPerMessage;
  }

  /**
   * Returns the size bound of a message.
   *
   * @return characters
   */
  public int maxMessageChars() {
    return maxMessageChars;
  }

  /**
   * Returns the page size of reads.
   *
   * @return at least 1
   */
  public int pageSize() {
    return pageSize;
  }
}
