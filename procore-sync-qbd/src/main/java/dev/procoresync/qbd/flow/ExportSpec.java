package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.List;
import java.util.Optional;

/** What one export flow tells the engine. */
interface ExportSpec<S> {
  /** The flow's name in reports. */
  String flow();

  /** What one record is called. */
  String noun();

  /** The read of everything the flow compares against (an iterator is added). */
  QbRequestBody read(int pageSize);

  /** The query that looks up records by their lookup values. */
  QbRequestBody recheck(List<String> lookups);

  /** The key of a record QuickBooks holds. */
  Optional<String> keyOf(QbRet existing);

  /** The lookup value of a record QuickBooks holds (its full name or reference number). */
  String lookupOf(QbRet existing);

  /** The compared fields' paths. */
  List<String> compared();

  /** The value of a compared field of a record QuickBooks holds. */
  default Optional<String> value(QbRet existing, String path) {
    return existing.field(path);
  }

  /** Told what the read returned, before the records are mapped. */
  default void context(List<QbRet> read) {}

  /** What the template compares against: by default what the read returned. */
  default List<QbRet> existing(List<QbRet> read) {
    return read;
  }

  /** Maps one source record. */
  Mapped<QbWrite> map(S record) throws Exception;

  /** The Mod that brings {@code existing} to what {@code write} says. */
  QbRequestBody toMod(QbWrite write, QbRet existing);
}
