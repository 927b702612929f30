package dev.procoresync.examples;

import org.jspecify.annotations.Nullable;

/**
 * A cost code as a host ERP exports it: a division (no parent) or a code under one.
 *
 * @param code the code within its parent, such as {@code 03} for a division or {@code 100}
 * @param parentCode the parent division's code, or {@code null} for a division
 * @param name the code's name
 */
public record ErpCostCode(String code, @Nullable String parentCode, String name) {}
