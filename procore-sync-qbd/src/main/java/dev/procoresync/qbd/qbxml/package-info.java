/**
 * Typed qbXML 13.0 messages: immutable requests ({@link dev.procoresync.qbd.qbxml.ItemServiceAdd},
 * {@link dev.procoresync.qbd.qbxml.CustomerAdd}, {@link dev.procoresync.qbd.qbxml.EstimateMod} ...)
 * gathered in a {@link dev.procoresync.qbd.qbxml.QbXmlMessage} that writes them with the JDK's StAX
 * writer in the schema's element order, and a hardened, lenient response parser ({@link
 * dev.procoresync.qbd.qbxml.QbXmlResponses}) whose status codes become {@link
 * dev.procoresync.qbd.qbxml.QbStatus} values saying what a flow does next.
 *
 * <p>Text is reduced to what QuickBooks stores by {@link dev.procoresync.qbd.qbxml.QbText#reduce};
 * amounts are written with two decimals; a value longer than its element allows is refused when the
 * request is built, with an {@link IllegalArgumentException} naming the element and the value.
 */
@SyncStyle
@NullMarked
package dev.procoresync.qbd.qbxml;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
