package org.corroborate.architecture;

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
                        "org.corroborate.jsonld..", "org.corroborate.text..", "org.corroborate.service..")
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
    void onlyTheFacesAndTheWiringReachTheUserInterfaceOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.corroborate.ui..", "org.corroborate.app..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.corroborate.cli..", "org.corroborate.app..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.cli..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.corroborate.(**)").should().beFreeOfCycles().check(classes);
    }
}
