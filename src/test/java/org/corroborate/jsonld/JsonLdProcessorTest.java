package org.corroborate.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfNQuad;

import org.corroborate.export.ExportFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD export as an independent processor reads it, offline and strict (see
 * {@link OfflineJsonLdProcessor}): nothing is dropped, every IRI is absolute, and the triples say what
 * the export means them to.
 */
class JsonLdProcessorTest {
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String SCHEMA = "http://schema.org/";

    private static String exported;

    @BeforeAll
    static void exportOnce() {
        exported = new JsonLdExport().export(ExportFixture.input());
    }

    @Test
    void theExportExpandsOfflineWithEveryTermDefinedAndEveryIriAbsolute() throws JsonLdError {
        assertThat(OfflineJsonLdProcessor.relativeIris(OfflineJsonLdProcessor.expand(exported))).isEmpty();
    }

    @Test
    void theProcessorRefusesRemoteContextsUndefinedTermsAndFindsRelativeIris() throws JsonLdError {
        String remote = "{\"@context\": \"https://schema.org\", \"@type\": \"ClaimReview\"}";
        String undefinedTerm = "{\"@context\": \"" + OfflineJsonLdProcessor.ANNOTATION_CONTEXT + "\", \"verdict\": \"x\"}";
        String relativeMotivation = "{\"@context\": \"" + OfflineJsonLdProcessor.ANNOTATION_CONTEXT + "\","
                + " \"id\": \"urn:uuid:00000000-0000-4000-8000-000000000001\", \"motivation\": \"assessing\"}";

        assertThatThrownBy(() -> OfflineJsonLdProcessor.expand(remote)).hasMessageContaining("https://schema.org");
        assertThatThrownBy(() -> OfflineJsonLdProcessor.expand(undefinedTerm)).isInstanceOf(JsonLdError.class);
        assertThat(OfflineJsonLdProcessor.relativeIris(OfflineJsonLdProcessor.expand(relativeMotivation)))
                .containsExactly("[0]/http://www.w3.org/ns/oa#motivatedBy[0]/@id: assessing");
    }

    @Test
    void assessingIsTheW3cMotivationAndPurposeEvenWithAnOlderContext() throws JsonLdError {
        List<RdfNQuad> triples = triples();
        String group = "urn:uuid:" + ExportFixture.uuid(201);
        String claim = "urn:uuid:" + ExportFixture.TETKINO;

        assertThat(objectsOf(triples, group, OA + "motivatedBy")).containsExactly(OA + "assessing");
        assertThat(objectsOf(triples, claim, OA + "motivatedBy")).containsExactly(OA + "assessing");
        Set<String> claimBodies = objectsOf(triples, claim, OA + "hasBody");
        assertThat(triples).anyMatch(t -> claimBodies.contains(t.getSubject().getValue())
                && t.getPredicate().getValue().equals(OA + "hasPurpose")
                && t.getObject().getValue().equals(OA + "assessing"));
    }

    @Test
    void schemaOrgTermsAreInOneNamespace() throws JsonLdError {
        List<RdfNQuad> triples = triples();

        assertThat(triples).noneMatch(t -> mentions(t, iri -> iri.startsWith("https://schema.org/")));
        assertThat(subjectsOfType(triples, SCHEMA + "ClaimReview")).hasSize(3);
        assertThat(triples).anyMatch(t -> t.getPredicate().getValue().equals(SCHEMA + "headline"));
    }

    @Test
    void everySchemaOrgTermIsOneTheVocabularyHas() throws JsonLdError {
        SchemaOrgTerms vocabulary = SchemaOrgTerms.load();
        List<RdfNQuad> triples = triples();
        Set<String> properties = triples.stream().map(t -> t.getPredicate().getValue())
                .filter(iri -> iri.startsWith(SCHEMA)).collect(Collectors.toSet());
        Set<String> types = triples.stream().filter(t -> t.getPredicate().getValue().equals(RDF_TYPE))
                .map(t -> t.getObject().getValue()).filter(iri -> iri.startsWith(SCHEMA)).collect(Collectors.toSet());

        assertThat(properties).isNotEmpty().allMatch(iri -> vocabulary.isProperty(iri.substring(SCHEMA.length())));
        assertThat(types).isNotEmpty().allMatch(iri -> vocabulary.isType(iri.substring(SCHEMA.length())));
    }

    @Test
    void aQuotationIsANodeOfItsOwnNotTheClaimsAnnotation() throws JsonLdError {
        List<RdfNQuad> triples = triples();
        Set<String> quotations = subjectsOfType(triples, SCHEMA + "Quotation");

        assertThat(quotations).hasSize(5);
        assertThat(quotations).doesNotContainAnyElementsOf(subjectsOfType(triples, OA + "Annotation"));
    }

    @Test
    void eachQuotationIsPartOfAnArticleByIri() throws JsonLdError {
        List<RdfNQuad> triples = triples();
        List<RdfNQuad> partOf = triples.stream()
                .filter(t -> t.getPredicate().getValue().equals(SCHEMA + "isPartOf")).toList();
        Set<String> articles = subjectsOfType(triples, "http://purl.org/dc/dcmitype/Text");

        assertThat(partOf).hasSize(5).allMatch(t -> t.getObject().isIRI());
        assertThat(partOf).extracting(t -> t.getObject().getValue()).allMatch(articles::contains);
    }

    @Test
    void anArticlesAddressIsAnIri() throws JsonLdError {
        List<RdfNQuad> addresses = triples().stream()
                .filter(t -> t.getPredicate().getValue().equals(SCHEMA + "url")).toList();

        assertThat(addresses).extracting(t -> t.getObject().getValue())
                .containsExactlyInAnyOrder("https://example.org/tass/tetkino", "https://example.org/kyivpost/tyotkino");
        assertThat(addresses).allMatch(t -> t.getObject().isIRI());
    }

    private static List<RdfNQuad> triples() throws JsonLdError {
        RdfDataset dataset = OfflineJsonLdProcessor.toRdf(exported);
        return dataset.toList();
    }

    private static Set<String> objectsOf(List<RdfNQuad> triples, String subject, String predicate) {
        return triples.stream()
                .filter(t -> t.getSubject().getValue().equals(subject) && t.getPredicate().getValue().equals(predicate))
                .map(t -> t.getObject().getValue())
                .collect(Collectors.toSet());
    }

    private static Set<String> subjectsOfType(List<RdfNQuad> triples, String type) {
        return triples.stream()
                .filter(t -> t.getPredicate().getValue().equals(RDF_TYPE) && t.getObject().getValue().equals(type))
                .map(t -> t.getSubject().getValue())
                .collect(Collectors.toSet());
    }

    private static boolean mentions(RdfNQuad triple, Predicate<String> iri) {
        return iri.test(triple.getSubject().getValue()) || iri.test(triple.getPredicate().getValue())
                || triple.getObject().isIRI() && iri.test(triple.getObject().getValue());
    }
}
