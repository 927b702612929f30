package dev.procoresync.state.jdbc.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal {@link DataSource} over {@link DriverManager} that keeps up to a few idle connections
 * for reuse: enough for the demo and for hosts that pass a JDBC URL; hosts with a pool of their own
 * (HikariCP, an application server's) pass that instead.
 */
public final class PooledDriverDataSource implements DataSource {
  private static final int MAX_IDLE = 8;

  private final String url;
  private final Properties properties;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

  /**
   * Creates the data source.
   *
   * @param url the JDBC URL
   * @param properties driver properties (user, password ...)
   */
  public PooledDriverDataSource(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      if (!c.isClosed() && c.getAutoCommit()) {
        return wrap(c);
      }
      c.close();
    }
    return wrap(DriverManager.getConnection(url, properties));
  }

  private Connection wrap(Connection real) {
    InvocationHandler handler =
        new InvocationHandler() {
          private boolean closed;

          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
              if (!closed) {
                closed = true;
                if (!real.isClosed() && real.getAutoCommit() && idle.size() < MAX_IDLE) {
                  idle.addFirst(real);
                } else {
                  real.close();
                }
              }
              return null;
            }
            if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
              return closed || real.isClosed();
            }
            try {
              return method.invoke(real, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  /** Closes the idle connections. */
  public void closeIdle() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("pass user and password in the URL or properties");
  }

  @Override
  public PrintWriter getLogWriter() {
    return new PrintWriter(System.err);
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }

  @Override
  public String toString() {
    int at = url.indexOf('?');
    return "PooledDriverDataSource{" + (at < 0 ? url : url.substring(0, at)) + "}";
  }
}
