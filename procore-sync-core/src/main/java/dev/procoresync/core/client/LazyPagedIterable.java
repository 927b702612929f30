package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PagedIterable} of the client: fetches a page only when the previous one is used up.
 */
final class LazyPagedIterable<T> implements PagedIterable<T> {
  private final Transport transport;
  private final HttpUrl start;
  private final JavaType listType;
  private final Envelope envelope;

  LazyPagedIterable(Transport transport, HttpUrl start, JavaType listType, Envelope envelope) {
    this.transport = transport;
    this.start = start;
    this.listType = listType;
    this.envelope = envelope;
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return () ->
        new Iterator<Page<T>>() {
          private @Nullable HttpUrl next = start;

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Page<T> next() {
            HttpUrl url = next;
            if (url == null) {
              throw new NoSuchElementException("no page left");
            }
            Page<T> page = transport.fetchPage(url, listType, envelope);
            next = page.next().map(p -> HttpUrl.get(p.value())).orElse(null);
            return page;
          }
        };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = byPage().iterator();
    return new Iterator<T>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no item left");
        }
        return current.next();
      }
    };
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public PagedIterable<T> resumeFrom(PagePosition position) {
    Objects.requireNonNull(position, "position");
    return new LazyPagedIterable<>(transport, transport.resumeUrl(position), listType, envelope);
  }

  @Override
  public String toString() {
    return "PagedIterable{" + start.encodedPath() + "}";
  }
}
