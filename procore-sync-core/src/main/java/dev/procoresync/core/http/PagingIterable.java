package dev.procoresync.core.http;

import dev.procoresync.core.error.DecodingException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/** The one {@link PagedIterable} of the kit: see {@link PageRequest} for what it guarantees. */
final class PagingIterable<T> implements PagedIterable<T> {
  private final PagingReader<T> reader;
  private final Paging paging;
  private final Request first;
  private final @Nullable PagePosition start;

  PagingIterable(
      PagingReader<T> reader, Paging paging, Request first, @Nullable PagePosition start) {
    this.reader = reader;
    this.paging = paging;
    this.first = first;
    this.start = start;
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return () ->
        new Iterator<Page<T>>() {
          private final PagingLoopGuard guard = new PagingLoopGuard();
          private @Nullable Request nextRequest;
          private @Nullable PagePosition nextPosition = start;
          private boolean started;

          @Override
          public boolean hasNext() {
            return !started || nextRequest != null;
          }

          @Override
          public Page<T> next() {
            if (!started) {
              started = true;
              nextRequest = paging.request(first, start);
              guard.firstVisit(nextRequest);
            }
            Request request = nextRequest;
            if (request == null) {
              throw new NoSuchElementException("no page left");
            }
            nextRequest = null;
            PagingReader.Read<T> read = reader.read(request, nextPosition);
            PagePosition following = read.page.next().orElse(null);
            if (following != null) {
              Request followingRequest = paging.request(first, following);
              if (!guard.firstVisit(followingRequest)) {
                throw new DecodingException(
                    reader.service(),
                    request.method()
                        + " "
                        + request.url()
                        + ": the next page ("
                        + PagingUrls.clip(following.value())
                        + ") was already read in this listing: a paging loop; stopped",
                    null);
              }
              nextRequest = followingRequest;
            }
            nextPosition = following;
            return read.page;
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
    paging.checkPosition(first, position);
    return new PagingIterable<>(reader, paging, first, position);
  }

  @Override
  public String toString() {
    return "PagedIterable{"
        + first.method()
        + " "
        + first.url().encodedPath()
        + ", "
        + paging
        + "}";
  }
}
