package org.corroborate.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Reading an article set is pure file reading, usable from the command line and tests alike. It may use
 * the text package, which ArchitectureTest keeps to plain functions of strings and bytes.
 */
class IngestDependenciesTest {

    @Test
    void ingestUsesOnlyTheModelTextFunctionsTheJdkJacksonSlf4jAndTheDocumentReaders() {
        JavaClasses ingest = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.corroborate.ingest");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.corroborate.ingest..", "org.corroborate.model..", "org.corroborate.text..",
                        "java..", "com.fasterxml.jackson..", "org.slf4j..", "org.jsoup..", "net.dankito.readability4j..",
                        "org.apache.pdfbox..")
                .check(ingest);
    }
}
