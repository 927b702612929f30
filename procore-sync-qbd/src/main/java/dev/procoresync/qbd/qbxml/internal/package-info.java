/** Wire details of qbXML: the StAX writer with length checks and the hardened reader. */
@NullMarked
package dev.procoresync.qbd.qbxml.internal;

import org.jspecify.annotations.NullMarked;
