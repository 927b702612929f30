package dev.procoresync.testkit.procore;

/** Texts the tests expect, copied from Procore's docs (not from the fake's code). */
final class ProcoreErrorsText {
  static final String RATE_LIMITED =
      "You have surpassed the max number of requests for an hour. Please wait until your limit"
          + " resets.";

  private ProcoreErrorsText() {}
}
