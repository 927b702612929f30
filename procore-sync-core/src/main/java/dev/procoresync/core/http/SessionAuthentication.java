package dev.procoresync.core.http;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * A session login: the first request logs in (through the {@link SessionLogin}), every request then
 * carries the session's header; on a 401 the client logs in again once. Logging in is single
 * flight: one thread logs in, the others wait and use its session.
 *
 * <pre>{@code
 * Authentication auth = new SessionAuthentication(
 *     SessionLogin.formCookie(loginUrl, Map.of("user", user, "password", password), "SESSION"),
 *     user);
 * }</pre>
 */
public final class SessionAuthentication implements Authentication {
  private final SessionLogin login;
  private final String identity;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile @Nullable Session session;

  /**
   * Creates a session authentication.
   *
   * @param login the login call
   * @param identity who logs in (a user name; never a secret), for rate-limit keys and logs
   */
  public SessionAuthentication(SessionLogin login, String identity) {
    this.login = Objects.requireNonNull(login, "login");
    this.identity = Objects.requireNonNull(identity, "identity");
  }

  @Override
  public Request authenticate(Request request, AuthContext context) throws IOException {
    Session s = session;
    if (s == null) {
      lock.lock();
      try {
        s = session;
        if (s == null) {
          s = Objects.requireNonNull(login.login(context), "the login returned no session");
          session = s;
        }
      } finally {
        lock.unlock();
      }
    }
    return request.newBuilder().header(s.headerName(), s.headerValue()).build();
  }

  @Override
  public boolean renew(Request rejected, AuthContext context) throws IOException {
    lock.lock();
    try {
      Session s = session;
      if (s != null && !s.headerValue().equals(rejected.header(s.headerName()))) {
        return true; // another thread logged in again since
      }
      session = Objects.requireNonNull(login.login(context), "the login returned no session");
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public String toString() {
    return "SessionAuthentication{" + identity + "}";
  }
}
