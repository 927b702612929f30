package dev.procoresync.core.http;

import java.util.Objects;
import okhttp3.Request;

/**
 * One fixed header on every request; see {@link Authentication#header} and {@link
 * Authentication#basic}.
 */
final class StaticHeaderAuthentication implements Authentication {
  private final String name;
  private final String value;
  private final String identity;

  StaticHeaderAuthentication(String name, String value, String identity) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || !name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new IllegalArgumentException("name must be a header name, got '" + name + "'");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException("value of header " + name + " must not be blank");
    }
    this.name = name;
    this.value = value;
    this.identity = identity;
  }

  @Override
  public Request authenticate(Request request, AuthContext context) {
    return request.newBuilder().header(name, value).build();
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public String toString() {
    return "Authentication{header " + name + ": ***}";
  }
}
