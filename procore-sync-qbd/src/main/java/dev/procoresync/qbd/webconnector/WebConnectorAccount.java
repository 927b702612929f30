package dev.procoresync.qbd.webconnector;

import org.immutables.value.Value;

/**
 * One Web Connector user: the user name and password the Web Connector sends to {@code
 * authenticate}, the company key whose queued requests it runs, and the company file to open.
 *
 * <p>The password never appears in {@code toString()}, logs or exceptions; the service compares it
 * in constant time.
 *
 * <pre>{@code
 * WebConnectorAccount account = WebConnectorAccount.builder()
 *     .userName("acme-qb")
 *     .password(System.getenv("QBWC_PASSWORD"))
 *     .companyKey("acme")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class WebConnectorAccount {
  WebConnectorAccount() {}

  /**
   * Returns a new, empty builder of {@code WebConnectorAccount} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset, and {@link IllegalArgumentException} naming a blank one.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the user name, as in the {@code .qwc} file's {@code UserName}.
   *
   * @return the user name
   */
  public abstract String userName();

  /**
   * Returns the password the user types into the Web Connector.
   *
   * @return the password; never printed
   */
  @Value.Redacted
  public abstract String password();

  /**
   * Returns the company key the account's sessions drain in the queue.
   *
   * @return the company key
   */
  public abstract String companyKey();

  /**
   * Returns the company file {@code authenticate} names: {@code ""} (the default) for the file that
   * is open in QuickBooks, else a full path such as {@code C:\Company\Acme.QBW}.
   *
   * @return the company file path, or {@code ""}
   */
  @Value.Default
  public String companyFile() {
    return "";
  }

  @Value.Check
  void check() {
    if (userName().isBlank()) {
      throw new IllegalArgumentException("userName must not be blank");
    }
    if (password().isEmpty()) {
      throw new IllegalArgumentException("password must not be empty");
    }
    if (companyKey().isBlank()) {
      throw new IllegalArgumentException("companyKey must not be blank");
    }
    if (companyFile().equals("none")
        || companyFile().equals("nvu")
        || companyFile().equals("busy")) {
      throw new IllegalArgumentException(
          "companyFile must be a path or \"\", not the status word \"" + companyFile() + "\"");
    }
  }

  /**
   * Builds {@code WebConnectorAccount} values: a setter per attribute and {@code build()}. Get one
   * from {@link #builder()} or {@link #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends WebConnectorAccountBuilder {
    Builder() {}
  }
}
