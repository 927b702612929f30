/**
 * Business Central (ProjectPro) connector for procore-sync.
 *
 * <p>This module is reserved: its client, model and flows arrive with their own issue once the core
 * client, the fake Procore and the core mapping primitives are in place.
 */
package dev.procoresync.bc;
