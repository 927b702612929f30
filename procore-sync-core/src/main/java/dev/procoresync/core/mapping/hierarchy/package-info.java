/**
 * Hierarchy translators: build a tree from (key, parent key) links, roll values up to the top-level
 * ancestor, flatten a tree into composed names and ids, and turn flat tiered codes back into a
 * tree.
 *
 * <p>All algorithms iterate rather than recurse, so trees of any depth (10,000 levels and more) are
 * handled without a stack overflow. Broken links (cycles, orphans, duplicate keys, depth over a
 * limit) come back as {@link dev.procoresync.core.validation.Violation violations}, never as
 * exceptions.
 *
 * <pre>{@code
 * HierarchyResult<Long, BusyProject> built =
 *     Hierarchy.build(projects, BusyProject::id, BusyProject::parentProjectId, 7);
 * Long procoreProject = built.hierarchy().topAncestor(subProjectId).orElseThrow();
 * }</pre>
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
