/**
 * JSON-LD for other tools. W3C Web Annotations, both ways: {@code JsonLdExport} writes claims, links
 * and groups as an AnnotationCollection, and {@code JsonLdImport} reads such a file back into equal
 * claims, links and groups. Offsets count Unicode code points, as the Web Annotation model and most
 * tools outside Java do. And schema.org ClaimReview, out only: {@code ClaimReviewExport} writes each
 * group's verdict as fact-check tools and search engines read it.
 */
package org.corroborate.jsonld;
