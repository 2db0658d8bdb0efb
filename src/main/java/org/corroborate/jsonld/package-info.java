/**
 * W3C Web Annotations in JSON-LD, both ways: {@code JsonLdExport} writes claims, links and groups as an
 * AnnotationCollection, and {@code JsonLdImport} reads such a file back into equal claims, links and
 * groups. Offsets count Unicode code points, as the Web Annotation model and most tools outside Java do.
 */
package org.corroborate.jsonld;
