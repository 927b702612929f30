package dev.procoresync.core.flow;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one source record into what the {@link UpsertTemplate} should do with it. A mapper may
 * throw anything: an exception (checked ones included) makes that record FAILED and the run goes
 * on; an {@link Error} makes that record FAILED and stops the run (status ABORTED).
 *
 * <pre>{@code
 * RecordMapper<ErpVendor, VendorUpdate> m = RecordMapper.of(v -> VendorUpdate.builder()
 *     .originId("erp:vendor:" + v.number()).name(v.name()).build());
 * }</pre>
 *
 * @param <S> the source record type
 * @param <U> the record to write
 */
@FunctionalInterface
public interface RecordMapper<S, U> {

  /**
   * Maps one record.
   *
   * @param record the source record
   * @param context what the run knows about other records
   * @return what to do with the record, never {@code null}
   * @throws Exception when the record cannot be mapped (it is then FAILED)
   */
  Mapped<U> map(S record, UpsertContext context) throws Exception;

  /**
   * Adapts a plain function: every record is upserted as mapped.
   *
   * @param mapping the function
   * @param <S> the source record type
   * @param <U> the record to write
   * @return the mapper
   */
  static <S, U> RecordMapper<S, U> of(Function<? super S, ? extends U> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return (record, context) ->
        Mapped.upsert(Objects.requireNonNull(mapping.apply(record), "mapping returned null"));
  }
}
