package dev.procoresync.testkit.http;

/** How long a fake started by a {@link FakeExtension} lives. */
public enum FakeLifecycle {
  /** A fresh fake for each test method (the default: no test sees another's records). */
  PER_TEST,
  /** One fake for all tests of a class (faster; tests must tolerate each other's records). */
  PER_CLASS
}
