package dev.procoresync.qbd.webconnector;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.immutables.value.Value;

/**
 * The {@code .qwc} file a user adds to the QuickBooks Web Connector ("Add an application") to
 * connect it to a host running this library. It carries no password: the user types it into the Web
 * Connector.
 *
 * <p>Rules checked on build: the {@code AppURL} (and {@code AppSupport}) use HTTPS unless the host
 * is {@code localhost} (the Web Connector refuses plain HTTP elsewhere); the scheduler interval is
 * 1 to 1440 minutes. Keep the {@code OwnerID} fixed per application and the {@code FileID} fixed
 * per company file: QuickBooks stamps the pair into the company file, and a new pair for the same
 * file fails with QBWC1039. {@link #stableId} derives such ids from a name.
 *
 * <pre>{@code
 * String qwc = QwcFile.builder()
 *     .appName("Procore Sync (Acme)")
 *     .appUrl(URI.create("https://sync.example.com/qbwc"))
 *     .appSupport(URI.create("https://sync.example.com/support"))
 *     .userName("acme-qb")
 *     .ownerId(QwcFile.stableId("procore-sync"))
 *     .fileId(QwcFile.stableId("procore-sync/acme"))
 *     .runEveryMinutes(15)
 *     .build()
 *     .toXml();
 * }</pre>
 */
@Value.Immutable
public abstract class QwcFile {
  QwcFile() {}

  /**
   * Returns a new, empty builder of {@code QwcFile} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset, and {@link IllegalArgumentException} naming an attribute whose value breaks a rule.
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
   * Returns a GUID derived from a name (a name-based UUID), the same on every call and every
   * machine: use it for {@link #ownerId()} and {@link #fileId()}.
   *
   * @param name the name, such as {@code "procore-sync/acme"}
   * @return the GUID
   * @throws IllegalArgumentException when the name is blank
   */
  public static UUID stableId(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the application's name, shown in the Web Connector and in QuickBooks' access prompt.
   *
   * @return the name
   */
  public abstract String appName();

  /**
   * Returns the URL of the service.
   *
   * @return the URL
   */
  public abstract URI appUrl();

  /**
   * Returns the description shown in the Web Connector; empty by default.
   *
   * @return the description
   */
  @Value.Default
  public String appDescription() {
    return "";
  }

  /**
   * Returns the support page the Web Connector links to.
   *
   * @return the URL
   */
  public abstract URI appSupport();

  /**
   * Returns the user name the Web Connector sends to {@code authenticate}.
   *
   * @return the user name
   */
  public abstract String userName();

  /**
   * Returns the application's GUID, fixed per application.
   *
   * @return the GUID
   */
  public abstract UUID ownerId();

  /**
   * Returns the company file's GUID, fixed per company file.
   *
   * @return the GUID
   */
  public abstract UUID fileId();

  /**
   * Returns how often the Web Connector runs the application, in minutes (default 15).
   *
   * @return 1 to 1440
   */
  @Value.Default
  public int runEveryMinutes() {
    return 15;
  }

  /**
   * Tells whether the application only reads QuickBooks (default {@code false}).
   *
   * @return the flag
   */
  @Value.Default
  public boolean readOnly() {
    return false;
  }

  @Value.Check
  void check() {
    if (appName().isBlank()) {
      throw new IllegalArgumentException("appName must not be blank");
    }
    if (userName().isBlank()) {
      throw new IllegalArgumentException("userName must not be blank");
    }
    requireSecure("appUrl", appUrl());
    requireSecure("appSupport", appSupport());
    if (runEveryMinutes() < 1 || runEveryMinutes() > 1440) {
      throw new IllegalArgumentException(
          "runEveryMinutes must be 1..1440, was " + runEveryMinutes());
    }
  }

  private static void requireSecure(String name, URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL, was " + url);
    }
    if (scheme.equals("http") && !host.equals("localhost")) {
      throw new IllegalArgumentException(
          name
              + " must use HTTPS (the Web Connector allows plain HTTP only for localhost), was "
              + url);
    }
  }

  /**
   * Writes the {@code .qwc} XML (serve it as {@code application/x-qwc} or offer it as a download).
   *
   * @return the document
   */
  public String toXml() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("QBWCXML");
      element(w, "AppName", appName());
      element(w, "AppID", "");
      element(w, "AppURL", appUrl().toString());
      element(w, "AppDescription", appDescription());
      element(w, "AppSupport", appSupport().toString());
      element(w, "UserName", userName());
      element(w, "OwnerID", guid(ownerId()));
      element(w, "FileID", guid(fileId()));
      element(w, "QBType", "QBFS");
      element(w, "PersonalDataPref", "pdpOptional");
      element(w, "UnattendedModePref", "umpOptional");
      element(w, "Style", "Document");
      w.writeCharacters("\n  ");
      w.writeStartElement("Scheduler");
      w.writeCharacters("\n    ");
      w.writeStartElement("RunEveryNMinutes");
      w.writeCharacters(Integer.toString(runEveryMinutes()));
      w.writeEndElement();
      w.writeCharacters("\n  ");
      w.writeEndElement();
      element(w, "IsReadOnly", Boolean.toString(readOnly()));
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the .qwc file", e);
    }
    return out.toString();
  }

  private static String guid(UUID id) {
    return "{" + id.toString().toUpperCase(Locale.ROOT) + "}";
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeCharacters("\n  ");
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  /**
   * Builds {@code QwcFile} values: a setter per attribute and {@code build()}. Get one from {@link
   * #builder()} or {@link #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends QwcFileBuilder {
    Builder() {}
  }
}
