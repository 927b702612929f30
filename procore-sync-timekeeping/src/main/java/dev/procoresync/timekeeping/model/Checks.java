package dev.procoresync.timekeeping.model;

/** Argument checks shared by the model's values; messages name the field and the value. */
final class Checks {
  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
  }
}
