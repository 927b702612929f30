package dev.procoresync.core.http;

import java.util.Objects;

/**
 * What a session login returned: the header to send on every request (a {@code Cookie} with the
 * session cookie, or a session-token header). The value never appears in {@code toString()}.
 *
 * <pre>{@code
 * Session session = Session.cookie("JSESSIONID", "abc123");
 * }</pre>
 */
public final class Session {
  private final String headerName;
  private final String headerValue;

  private Session(String headerName, String headerValue) {
    Objects.requireNonNull(headerName, "headerName");
    Objects.requireNonNull(headerValue, "headerValue");
    if (!headerName.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new IllegalArgumentException("headerName is not a header name: '" + headerName + "'");
    }
    if (headerValue.isBlank() || !headerValue.matches("[\\x20-\\x7E]+")) {
      throw new IllegalArgumentException(
          "session value for " + headerName + " must be non-blank printable ASCII");
    }
    this.headerName = headerName;
    this.headerValue = headerValue;
  }

  /**
   * Creates a session sent as a cookie ({@code Cookie: name=value}).
   *
   * @param name the cookie name
   * @param value the cookie value; never printed
   * @return the session
   * @throws IllegalArgumentException when a value is blank or not printable ASCII
   */
  public static Session cookie(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || name.contains("=") || name.contains(";")) {
      throw new IllegalArgumentException("cookie name must be a token, got '" + name + "'");
    }
    return new Session("Cookie", name + "=" + value);
  }

  /**
   * Creates a session sent in a header, such as {@code X-Session-Token}.
   *
   * @param name the header name
   * @param value the header value; never printed
   * @return the session
   * @throws IllegalArgumentException when a value is blank or not printable ASCII
   */
  public static Session header(String name, String value) {
    return new Session(name, value);
  }

  /**
   * Returns the header name.
   *
   * @return the name, such as {@code "Cookie"}
   */
  public String headerName() {
    return headerName;
  }

  /**
   * Returns the header value. Never log it.
   *
   * @return the value
   */
  public String headerValue() {
    return headerValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Session
        && ((Session) o).headerName.equals(headerName)
        && ((Session) o).headerValue.equals(headerValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headerName, headerValue);
  }

  @Override
  public String toString() {
    return "Session{" + headerName + ": ***}";
  }
}
