package dev.procoresync.it.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Forked {@link StateWorker} JVMs (processes, not threads), driven line by line over their stdin
 * and stdout. Waiting for an answer is a blocking read of another process's output, with a generous
 * timeout that only a hung worker reaches.
 */
final class Workers implements AutoCloseable {
  private static final long ANSWER_TIMEOUT_SECONDS = 300;

  private final String mainClass;
  private final List<String> args;
  private final List<Worker> workers = new ArrayList<>();

  /** One forked worker. */
  static final class Worker {
    final Process process;
    final Writer stdin;
    final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    final Path stderr;

    Worker(Process process, Path stderr) {
      this.process = process;
      this.stderr = stderr;
      this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = out.readLine()) != null) {
                    if (line.startsWith("> ")) {
                      answers.add(line.substring(2));
                    }
                  }
                } catch (IOException e) {
                  // the process ended
                }
                answers.add("(exited)");
              },
              "worker-reader-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }
  }

  private Workers(String mainClass, List<String> args) {
    this.mainClass = mainClass;
    this.args = List.copyOf(args);
  }

  /** Starts {@code n} {@link StateWorker}s with their arguments and waits until each is ready. */
  static Workers start(int n, List<String> args) throws IOException {
    return start(StateWorker.class, n, args);
  }

  /** Starts {@code n} workers of a main class and waits until each answered "ready". */
  static Workers start(Class<?> main, int n, List<String> args) throws IOException {
    Workers w = new Workers(main.getName(), args);
    for (int i = 0; i < n; i++) {
      w.workers.add(w.fork());
    }
    for (int i = 0; i < n; i++) {
      String ready = w.await(i);
      if (!ready.startsWith("ready")) {
        w.close();
        throw new IllegalStateException("worker " + i + " did not start: " + ready);
      }
    }
    return w;
  }

  private Worker fork() throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx192m");
    command.add("-Duser.timezone=" + System.getProperty("user.timezone", "America/St_Johns"));
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    Path stderr = Files.createTempFile("state-worker", ".err");
    Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    return new Worker(p, stderr);
  }

  int size() {
    return workers.size();
  }

  void send(int i, String command) {
    try {
      Worker w = workers.get(i);
      w.stdin.write(command + "\n");
      w.stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("worker " + i + " does not take commands", e);
    }
  }

  String await(int i) {
    Worker w = workers.get(i);
    try {
      String answer = w.answers.poll(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (answer == null || answer.equals("(exited)")) {
        throw new IllegalStateException(
            "worker "
                + i
                + " gave no answer"
                + (answer == null ? "" : " (it exited)")
                + "; stderr:\n"
                + stderr(i));
      }
      return answer;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String stderr(int i) {
    try {
      String text = Files.readString(workers.get(i).stderr);
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(unreadable)";
    }
  }

  /** Sends {@code command} to every worker at once, then collects every answer. */
  List<String> all(String command) {
    for (int i = 0; i < workers.size(); i++) {
      send(i, command);
    }
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      answers.add(await(i));
    }
    return answers;
  }

  /** Kills worker {@code i} with SIGKILL ({@code kill -9}): no shutdown hook, no finally. */
  void kill9(int i) throws InterruptedException {
    Process p = workers.get(i).process;
    p.destroyForcibly();
    p.waitFor(60, TimeUnit.SECONDS);
  }

  /** Starts a new worker in place of worker {@code i} (after a kill). */
  void replace(int i) throws IOException {
    workers.set(i, fork());
    String ready = await(i);
    if (!ready.startsWith("ready")) {
      throw new IllegalStateException("worker " + i + " did not start: " + ready);
    }
  }

  @Override
  public void close() {
    for (Worker w : workers) {
      w.process.destroyForcibly();
    }
    for (Worker w : workers) {
      try {
        w.process.waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(w.stderr);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // a temp file left behind
      }
    }
  }
}
