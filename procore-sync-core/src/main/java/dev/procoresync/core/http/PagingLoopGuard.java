package dev.procoresync.core.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Remembers the page requests of one iteration, so that a next position that leads back to a page
 * already read is caught: an exact 64-bit fingerprint (of method, URL and body) for the first
 * {@value #EXACT} pages, then Brent's cycle check with one saved fingerprint (constant memory; a
 * loop entered after that is found within twice its length).
 */
final class PagingLoopGuard {
  static final int EXACT = 10_000;

  private final Set<Long> seen = new HashSet<>();
  private long checkpoint;
  private boolean hasCheckpoint;
  private long power = 1;
  private long steps;

  /** Records a page request; returns {@code false} when it was already seen. */
  boolean firstVisit(Request request) {
    long fp = fingerprint(request);
    if (seen.contains(fp)) {
      return false;
    }
    if (seen.size() < EXACT) {
      seen.add(fp);
      return true;
    }
    if (hasCheckpoint && checkpoint == fp) {
      return false;
    }
    steps++;
    if (!hasCheckpoint || steps >= power) {
      checkpoint = fp;
      hasCheckpoint = true;
      power = power >= (1L << 62) ? power : power * 2;
      steps = 0;
    }
    return true;
  }

  static long fingerprint(Request request) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    sha.update((request.method() + " " + request.url() + "\n").getBytes(StandardCharsets.UTF_8));
    RequestBody body = request.body();
    if (body != null) {
      try (Buffer buffer = new Buffer()) {
        body.writeTo(buffer);
        sha.update(buffer.readByteArray());
      } catch (IOException e) {
        throw new IllegalStateException("an in-memory request body failed to write", e);
      }
    }
    byte[] d = sha.digest();
    long fp = 0;
    for (int i = 0; i < 8; i++) {
      fp = (fp << 8) | (d[i] & 0xff);
    }
    return fp;
  }
}
