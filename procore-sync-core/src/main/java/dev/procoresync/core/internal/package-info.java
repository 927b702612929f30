/**
 * Small utilities shared by core's packages. Not public API: the names and behaviour here may
 * change in any release, and the package is left out of the Javadoc.
 */
package dev.procoresync.core.internal;
