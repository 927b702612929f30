package dev.procoresync.qbd.webconnector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the service looks up the account of a Web Connector user name; the host supplies it (from
 * its own secret store, for example).
 *
 * <pre>{@code
 * WebConnectorCredentials credentials = WebConnectorCredentials.of(List.of(account));
 * }</pre>
 */
@FunctionalInterface
public interface WebConnectorCredentials {

  /**
   * Returns the account of a user name.
   *
   * @param userName the user name the Web Connector sent
   * @return the account, or empty when the user is unknown
   */
  Optional<WebConnectorAccount> account(String userName);

  /**
   * Returns fixed credentials holding the given accounts.
   *
   * @param accounts the accounts
   * @return credentials that look each user name up among them
   * @throws IllegalArgumentException when two accounts share a user name
   */
  static WebConnectorCredentials of(List<WebConnectorAccount> accounts) {
    Map<String, WebConnectorAccount> byName =
        accounts.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    WebConnectorAccount::userName,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException(
                          "two accounts have the userName " + a.userName());
                    }));
    return userName -> Optional.ofNullable(byName.get(userName));
  }
}
