package dev.procoresync.timekeeping.exaktime.flow;

import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCostCode;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCustomField;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeEmployee;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeLocation;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeType;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeWorkClassification;
import java.util.List;
import java.util.Optional;

/** What each SyncLinx import compares to decide that a record changed. */
final class SyncLinxDigests {
  private SyncLinxDigests() {}

  /** What the employee import compares. */
  static final FieldDigest<ExakTimeEmployee, ExakTimeEmployee> EMPLOYEE_DIGEST =
      FieldDigest.of(
          List.of(
              ExakTimeEmployee::firstName,
              e -> Optional.of(e.lastName()),
              ExakTimeEmployee::email,
              ExakTimeEmployee::workClassification,
              ExakTimeEmployee::isActive,
              e -> Optional.of(String.join(",", e.mobileGroups()))),
          List.of(
              ExakTimeEmployee::firstName,
              e -> Optional.of(e.lastName()),
              ExakTimeEmployee::email,
              ExakTimeEmployee::workClassification,
              ExakTimeEmployee::isActive,
              e -> Optional.of(String.join(",", e.mobileGroups()))));

  /** What the location import compares. */
  static final FieldDigest<ExakTimeLocation, ExakTimeLocation> LOCATION_DIGEST =
      FieldDigest.of(locationFields(), locationFields());

  /** What the cost-code import compares. */
  static final FieldDigest<ExakTimeCostCode, ExakTimeCostCode> COST_CODE_DIGEST =
      FieldDigest.of(
          List.of(c -> Optional.of(c.name()), ExakTimeCostCode::isActive),
          List.of(c -> Optional.of(c.name()), ExakTimeCostCode::isActive));

  private static List<java.util.function.Function<? super ExakTimeLocation, Optional<?>>>
      locationFields() {
    return List.of(
        l -> Optional.of(l.name()),
        ExakTimeLocation::address1,
        ExakTimeLocation::city,
        ExakTimeLocation::state,
        ExakTimeLocation::zip,
        ExakTimeLocation::startDate,
        ExakTimeLocation::isActive,
        ExakTimeLocation::mobileGroup,
        ExakTimeLocation::category);
  }

  /** What the work-classification import compares. */
  static final FieldDigest<ExakTimeWorkClassification, ExakTimeWorkClassification>
      WORK_CLASSIFICATION_DIGEST =
          FieldDigest.of(
              List.of(
                  c -> Optional.of(c.name()),
                  ExakTimeWorkClassification::abbreviation,
                  ExakTimeWorkClassification::isActive),
              List.of(
                  c -> Optional.of(c.name()),
                  ExakTimeWorkClassification::abbreviation,
                  ExakTimeWorkClassification::isActive));

  /** What the time-type import compares. */
  static final FieldDigest<ExakTimeTimeType, ExakTimeTimeType> TIME_TYPE_DIGEST =
      FieldDigest.of(
          List.of(
              t -> Optional.of(t.name()),
              ExakTimeTimeType::abbreviation,
              ExakTimeTimeType::isActive),
          List.of(
              t -> Optional.of(t.name()),
              ExakTimeTimeType::abbreviation,
              ExakTimeTimeType::isActive));

  /** What the custom-field import compares. */
  static final FieldDigest<ExakTimeCustomField, ExakTimeCustomField> CUSTOM_FIELD_DIGEST =
      FieldDigest.of(
          List.of(
              f -> Optional.of(f.name()),
              f -> Optional.of(f.type()),
              f -> Optional.of(String.join("\u0000", f.values()))),
          List.of(
              f -> Optional.of(f.name()),
              f -> Optional.of(f.type()),
              f -> Optional.of(String.join("\u0000", f.values()))));
}
