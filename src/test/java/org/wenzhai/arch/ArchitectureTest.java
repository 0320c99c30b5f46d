package org.wenzhai.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of docs/architecture.md, checked. */
class ArchitectureTest {
    private static JavaClasses classes;

    private static final String[] SERVICES = {"org.wenzhai.importing..", "org.wenzhai.search..",
            "org.wenzhai.passages..", "org.wenzhai.export..", "org.wenzhai.documents..", "org.wenzhai.safety.."};

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.wenzhai");
    }

    @Test
    void domainImportsNothingOfTheProject() {
        classes().that().resideInAPackage("org.wenzhai.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.wenzhai.domain..", "java..")
                .check(classes);
    }

    @Test
    void javafxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("org.wenzhai.ui..", "org.wenzhai.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void databaseLibrariesOnlyInStorage() {
        noClasses().that().resideOutsideOfPackage("org.wenzhai.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void luceneOnlyInSearch() {
        noClasses().that().resideOutsideOfPackage("org.wenzhai.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void facesReachStorageOnlyThroughServicesExceptForItsErrors() {
        noClasses().that().resideInAnyPackage("org.wenzhai.ui..", "org.wenzhai.cli..")
                .should().dependOnClassesThat(DescribedPredicate.describe("storage classes other than exceptions",
                        (JavaClass c) -> c.getPackageName().startsWith("org.wenzhai.storage")
                                && !c.getSimpleName().endsWith("Exception")
                                && !c.getSimpleName().equals("LibraryLocator")))
                .check(classes);
    }

    @Test
    void servicesDoNotKnowTheFaces() {
        noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage("org.wenzhai.ui..", "org.wenzhai.cli..",
                        "org.wenzhai.app..", "org.wenzhai.context..")
                .check(classes);
        noClasses().that().resideInAPackage("org.wenzhai.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .check(classes);
        noClasses().that().resideInAPackage("org.wenzhai.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wenzhai.ui..", "org.wenzhai.cli..",
                        "org.wenzhai.app..", "org.wenzhai.context..")
                .check(classes);
    }

    @Test
    void servicesNeverCallPlatformRunLater() {
        noClasses().that().resideOutsideOfPackages("org.wenzhai.ui..", "org.wenzhai.app..")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.wenzhai.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void repositoriesAreNamedForTheirRole() {
        classes().that().resideInAPackage("org.wenzhai.storage").and().haveSimpleNameEndingWith("Dao")
                .should().resideInAPackage("org.wenzhai.storage.jdbi")
                .allowEmptyShould(true)
                .check(classes);
    }
}
