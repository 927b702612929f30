package dev.procoresync.testkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordStoreTest {
  private final FakeClock clock = FakeClock.create();

  private static ObjectNode json(String name) {
    return JsonNodeFactory.instance.objectNode().put("name", name);
  }

  @Test
  void insertsWithIdsAndChangeTimesOnTheFakeClock() {
    RecordStore store = RecordStore.on(clock);
    StoredRecord a = store.insert("vendors", "company:1", json("A"));
    StoredRecord fixed = store.insert("vendors", "company:1", json("B").put("id", 500));
    StoredRecord c = store.insert("vendors", "company:1", json("C"));

    assertEquals("1", a.id());
    assertEquals(1, a.json().get("id").asLong());
    assertEquals("500", fixed.id());
    assertEquals("501", c.id());
    assertEquals(clock.instant().toString(), a.json().get("updated_at").asText());
    assertEquals(clock.instant().toString(), a.json().get("created_at").asText());
    assertEquals(1, a.version());
    assertEquals(
        List.of("A", "B", "C"),
        store.list("vendors").stream().map(r -> r.json().get("name").asText()).toList());
    assertThrows(
        IllegalArgumentException.class,
        () -> store.insert("vendors", "", json("dup").put("id", 500)));
  }

  @Test
  void updatesRaiseTheVersionChangeTheEtagAndFeedIncrementalReads() {
    RecordStore store =
        RecordStore.builder(clock).changeField("lastModifiedDateTime").createdField(null).build();
    StoredRecord a = store.insert("customers", "", json("A"));
    StoredRecord b = store.insert("customers", "", json("B"));
    Instant cursor = clock.instant();
    clock.advance(Duration.ofMinutes(5));

    StoredRecord changed =
        store.update("customers", a.id(), json("A2").put("id", 99)).orElseThrow();

    assertEquals(2, changed.version());
    assertNotEquals(a.etag(), changed.etag());
    assertEquals(a.id(), changed.json().get("id").asText());
    assertEquals(clock.instant().toString(), changed.json().get("lastModifiedDateTime").asText());
    assertFalse(changed.json().has("created_at"));
    assertEquals(
        List.of(changed.id()),
        store.changedSince("customers", cursor).stream().map(StoredRecord::id).toList());
    assertEquals(b.changedAt(), store.get("customers", b.id()).orElseThrow().changedAt());
    assertEquals(Optional.empty(), store.update("customers", "404", json("x")));
  }

  @Test
  void replaceKeepsIdAndCreationAndDeleteRemoves() {
    RecordStore store = RecordStore.on(clock);
    StoredRecord a = store.insert("t", "", json("A").put("extra", true));
    clock.advance(Duration.ofSeconds(1));
    StoredRecord replaced = store.replace("t", a.id(), json("Z")).orElseThrow();
    assertFalse(replaced.json().has("extra"));
    assertEquals(a.json().get("created_at"), replaced.json().get("created_at"));
    assertTrue(store.delete("t", a.id()));
    assertFalse(store.delete("t", a.id()));
    assertEquals(0, store.count("t"));
  }

  @Test
  void textIdsAndSnapshotsThatCallersCannotChange() {
    RecordStore store =
        RecordStore.builder(clock)
            .textIds(n -> String.format("00000000-0000-0000-0000-%012d", n))
            .build();
    StoredRecord a = store.insert("items", "", json("A"));
    assertEquals("00000000-0000-0000-0000-000000000001", a.id());
    a.json().put("name", "changed by caller");
    assertEquals("A", store.get("items", a.id()).orElseThrow().json().get("name").asText());
    assertEquals(
        2,
        (int)
            store.atomically(
                () -> {
                  store.insert("items", "", json("B"));
                  return store.count("items");
                }));
  }
}
