/**
 * Inputs and settings of the QuickBooks Desktop flows: what a cost code export needs to know
 * ({@link dev.procoresync.qbd.model.CostCodeExport}), the accounts items are assigned ({@link
 * dev.procoresync.qbd.model.ItemSettings}) and how projects become customers or jobs ({@link
 * dev.procoresync.qbd.model.JobSettings}).
 */
@SyncStyle
@NullMarked
package dev.procoresync.qbd.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
