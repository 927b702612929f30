/**
 * The code examples of the library's Javadoc, compiled: each method holds one example between
 * {@code // [name]} markers, and {@code JavadocExamplesTest} keeps the Javadoc text identical to
 * it. Not published; nothing here is API.
 */
package dev.procoresync.examples.javadoc;
