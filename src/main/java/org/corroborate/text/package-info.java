/**
 * Comparison of texts that the model, the reports and the assistant share: approximate search for
 * re-anchoring, word-by-word differences between quotes, figures in a quote, and the code point offsets
 * that formats outside Java count in; and the strict decoding of bytes into text that article files and
 * imports share. Pure functions of strings and bytes: no model types, no I/O.
 */
package org.corroborate.text;
