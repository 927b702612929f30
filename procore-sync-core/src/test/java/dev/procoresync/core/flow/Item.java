package dev.procoresync.core.flow;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A record of the in-memory targets: a key, a value and, once stored, an id. */
record Item(@Nullable String key, String value, @Nullable String id) {
  static Item of(String key, String value) {
    return new Item(key, value, null);
  }

  Item withId(String newId) {
    return new Item(key, value, newId);
  }

  static final List<Function<? super Item, Optional<?>>> FIELDS =
      List.of(i -> Optional.of(i.value()));

  static final FieldDigest<Item, Item> DIGEST = FieldDigest.of(FIELDS, FIELDS);
}
