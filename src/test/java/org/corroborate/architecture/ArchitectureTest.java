package org.corroborate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers as the developers' guide lays them out, so data flows one way. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.corroborate");
    }

    @Test
    void modelAndStoreKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.corroborate.model..", "org.corroborate.store..",
                        "org.corroborate.ingest..", "org.corroborate.export..", "org.corroborate.report..",
                        "org.corroborate.jsonld..", "org.corroborate.text..", "org.corroborate.service..",
                        "org.corroborate.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "atlantafx..")
                .check(classes);
    }

    @Test
    void theModelKnowsNothingOfStorageOrTheOtherLayers() {
        noClasses().that().resideInAPackage("org.corroborate.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                        "org.corroborate.store..", "org.corroborate.ingest..", "org.corroborate.export..",
                        "org.corroborate.report..", "org.corroborate.jsonld..", "org.corroborate.service..", "org.corroborate.ui..", "org.corroborate.cli..",
                        "org.corroborate.app..")
                .check(classes);
    }

    @Test
    void theFormatsWriteOnlyWhatTheyAreGiven() {
        // A ClaimReview's desk, say, comes in the export's input, never from the settings or the project file.
        noClasses().that().resideInAnyPackage("org.corroborate.export..", "org.corroborate.report..",
                        "org.corroborate.jsonld..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.corroborate.store..",
                        "org.corroborate.service..", "org.corroborate.settings..", "org.corroborate.ui..",
                        "org.corroborate.cli..", "org.corroborate.app..")
                .check(classes);
    }

    @Test
    void persistentCollectionsStayInsideTheModel() {
        // The model hands out plain java.util lists; how it shares structure between states is its own affair.
        noClasses().that().resideOutsideOfPackage("org.corroborate.model..")
                .should().dependOnClassesThat().resideInAPackage("org.pcollections..")
                .check(classes);
    }

    @Test
    void textComparisonIsPlainStringWork() {
        noClasses().that().resideInAPackage("org.corroborate.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.corroborate.text..")
                .check(classes);
    }

    @Test
    void theAnalysisIsPureFunctionsOverTheModelsArticles() {
        noClasses().that().resideInAPackage("org.corroborate.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                        "javafx..", "org.fxmisc..", "org.corroborate.store..", "org.corroborate.ingest..",
                        "org.corroborate.export..", "org.corroborate.report..", "org.corroborate.jsonld..",
                        "org.corroborate.service..", "org.corroborate.settings..", "org.corroborate.ui..",
                        "org.corroborate.cli..", "org.corroborate.app..")
                .check(classes);
    }

    @Test
    void onlyTheServiceAndTheWiringUseTheAnalysis() {
        noClasses().that().resideOutsideOfPackages("org.corroborate.analysis..", "org.corroborate.service..",
                        "org.corroborate.app..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.analysis..")
                .check(classes);
    }

    @Test
    void onlyTheFacesAndTheWiringReachTheUserInterfaceOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.corroborate.ui..", "org.corroborate.app..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.corroborate.cli..", "org.corroborate.app..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.cli..")
                .check(classes);
    }

    /**
     * The window and the command line work through the services alone, so what lies below them (the
     * store, the readers and writers of files) can change without the faces changing.
     */
    @Test
    void theFacesUseOnlyTheServicesTheModelAndTheSettings() {
        classes().that().resideInAPackage("org.corroborate.ui..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.corroborate.ui..",
                        "org.corroborate.service..", "org.corroborate.model..", "org.corroborate.settings..",
                        "java..", "javafx..", "org.fxmisc..", "org.reactfx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "org.slf4j..")
                .check(classes);
        classes().that().resideInAPackage("org.corroborate.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.corroborate.cli..",
                        "org.corroborate.service..", "org.corroborate.model..", "org.corroborate.settings..",
                        "java..", "picocli..", "com.fasterxml.jackson..", "org.slf4j..")
                .check(classes);
    }

    /** The engines stay behind the store's seam: nothing else names a driver, a dialect or a migration tool. */
    @Test
    void onlyTheStoreKnowsTheDatabaseEngines() {
        noClasses().that().resideOutsideOfPackage("org.corroborate.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.postgresql..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theReaderAndTheAnnotationActionsKnowNothingOfTheAssistantsPanel() {
        // The Suggestions tab drives the reader through its public marks; the reader stays usable without it.
        noClasses().that().resideInAnyPackage("org.corroborate.ui.reader..", "org.corroborate.ui.annotation..",
                        "org.corroborate.ui.project..", "org.corroborate.ui.common..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.ui.suggestions..")
                .check(classes);
    }

    /**
     * Pages and PDFs are taken apart in ingest.extract alone, which knows nothing of articles in a
     * project: a parser can be swapped there without anything else changing.
     */
    @Test
    void documentParsersStayInTheExtraction() {
        noClasses().that().resideOutsideOfPackage("org.corroborate.ingest.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "net.dankito.readability4j..",
                        "org.apache.pdfbox..")
                .check(classes);
        classes().that().resideInAPackage("org.corroborate.ingest.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.corroborate.ingest.extract..",
                        "org.corroborate.text..", "java..", "org.jsoup..", "net.dankito.readability4j..",
                        "org.apache.pdfbox..", "com.fasterxml.jackson..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void onlyTheServiceKnowsHowTextIsIndexed() {
        // Find is a service; the index behind it can change without the faces or the store knowing.
        noClasses().that().resideOutsideOfPackage("org.corroborate.service..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.corroborate.(**)").should().beFreeOfCycles().check(classes);
    }
}
