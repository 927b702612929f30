package dev.procoresync.qbd.qbxml.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes qbXML through the JDK's StAX writer (which escapes text and attributes), reducing text to
 * Latin-1 and refusing values longer than their element allows. A validating instance writes
 * nothing and only checks: request values run it when they are built, so that a request that cannot
 * be written is refused at once.
 */
public final class QbXmlOut {
  /** Integer digits an amount may have ({@code AMTTYPE}). */
  private static final int AMOUNT_DIGITS = 13;

  /** Integer digits a price, rate or quantity may have ({@code PRICETYPE}, {@code QUANTYPE}). */
  private static final int PRICE_DIGITS = 10;

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private final @Nullable XMLStreamWriter writer;
  private final @Nullable StringWriter buffer;
  private final Deque<String> path = new ArrayDeque<>();

  private QbXmlOut(@Nullable StringWriter buffer) {
    this.buffer = buffer;
    try {
      this.writer = buffer == null ? null : OUTPUT.createXMLStreamWriter(buffer);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's StAX writer cannot be created", e);
    }
  }

  /** Returns a writer into a string. */
  public static QbXmlOut toText() {
    return new QbXmlOut(new StringWriter());
  }

  /** Returns a writer that only checks values. */
  public static QbXmlOut validating() {
    return new QbXmlOut(null);
  }

  /** Writes the XML declaration and the qbXML processing instruction. */
  public QbXmlOut prolog(String version) {
    if (writer != null) {
      try {
        writer.writeStartDocument("utf-8", "1.0");
        writer.writeCharacters("\n");
        writer.writeProcessingInstruction("qbxml", "version=\"" + version + "\"");
        writer.writeCharacters("\n");
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }
    return this;
  }

  /** Opens an element. */
  public QbXmlOut start(String name) {
    path.push(name);
    if (writer != null) {
      try {
        writer.writeStartElement(name);
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }
    return this;
  }

  /** Writes an attribute of the element just opened, with a length limit. */
  public QbXmlOut attribute(String name, @Nullable String value, int max) {
    if (value == null) {
      return this;
    }
    String v = checked(name, value, max, "@");
    if (writer != null) {
      try {
        writer.writeAttribute(name, v);
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }
    return this;
  }

  /** Closes the element opened last. */
  public QbXmlOut end() {
    path.pop();
    if (writer != null) {
      try {
        writer.writeEndElement();
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }
    return this;
  }

  /** Writes a text element when the value is present. */
  public QbXmlOut text(String name, Optional<String> value, int max) {
    return value.isPresent() ? text(name, value.get(), max) : this;
  }

  /** Writes a text element. */
  public QbXmlOut text(String name, String value, int max) {
    String v = checked(name, value, max, "");
    leaf(name, v);
    return this;
  }

  /** Writes an amount with two decimals when present. */
  public QbXmlOut amount(String name, Optional<BigDecimal> value) {
    return value.isPresent() ? amount(name, value.get()) : this;
  }

  /** Writes an amount with two decimals ({@code AMTTYPE}). */
  public QbXmlOut amount(String name, BigDecimal value) {
    BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
    if (scaled.precision() - scaled.scale() > AMOUNT_DIGITS) {
      throw new IllegalArgumentException(
          where(name, "") + " must have at most 13 digits before the point (was " + value + ")");
    }
    leaf(name, scaled.toPlainString());
    return this;
  }

  /**
   * Writes a price, rate or quantity (2 to 5 decimals, 10 digits before the point) when present.
   */
  public QbXmlOut price(String name, Optional<BigDecimal> value) {
    if (value.isEmpty()) {
      return this;
    }
    BigDecimal scaled =
        value.get().setScale(Math.min(5, Math.max(2, value.get().scale())), RoundingMode.HALF_UP);
    if (scaled.precision() - scaled.scale() > PRICE_DIGITS) {
      throw new IllegalArgumentException(
          where(name, "")
              + " must have at most 10 digits before the point (was "
              + value.get()
              + ")");
    }
    leaf(name, scaled.toPlainString());
    return this;
  }

  /** Writes a date when present. */
  public QbXmlOut date(String name, Optional<LocalDate> value) {
    value.ifPresent(d -> leaf(name, d.toString()));
    return this;
  }

  /** Writes a boolean when present. */
  public QbXmlOut bool(String name, Optional<Boolean> value) {
    value.ifPresent(b -> leaf(name, b.toString()));
    return this;
  }

  /** Writes a number. */
  public QbXmlOut integer(String name, int value) {
    leaf(name, Integer.toString(value));
    return this;
  }

  /** Returns the document written so far. */
  public String result() {
    if (writer == null || buffer == null) {
      throw new IllegalStateException("a validating writer has no text");
    }
    try {
      writer.writeEndDocument();
      writer.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return buffer.toString();
  }

  private void leaf(String name, String value) {
    if (writer != null) {
      try {
        writer.writeStartElement(name);
        writer.writeCharacters(value);
        writer.writeEndElement();
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private String checked(String name, String value, int max, String prefix) {
    String reduced = Latin1.reduce(value);
    if (reduced.length() > max) {
      throw new IllegalArgumentException(
          where(name, prefix)
              + " is "
              + reduced.length()
              + " characters, more than its limit of "
              + max
              + ": '"
              + reduced
              + "'");
    }
    return reduced;
  }

  private String where(String name, String prefix) {
    StringBuilder b = new StringBuilder();
    path.descendingIterator().forEachRemaining(p -> b.append(p).append('/'));
    return b.append(prefix).append(name).toString();
  }
}
