package org.diktyo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The rules inside the modules that {@link ModularityTests} does not check (docs/architecture.md):
 * domain code does not import web code; entities and repositories stay in their module; the
 * packages of one module do not depend on each other in a circle; EU DSS stays in {@code documents}.
 */
class ArchitectureRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.diktyo");

    @Test
    void domainDoesNotImportWeb() {
        noClasses().that().resideInAPackage("org.diktyo.*.domain..")
                .should().dependOnClassesThat().resideInAPackage("org.diktyo.*.web..")
                .check(CLASSES);
    }

    @Test
    void entitiesStayInTheirModule() {
        classes().that().areAnnotatedWith(Entity.class)
                .should(onlyBeUsedInsideTheirModule())
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInTheirModule() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(onlyBeUsedInsideTheirModule())
                .check(CLASSES);
    }

    /** EU DSS (PAdES validation) stays inside {@code documents}, behind {@code documents.SignatureChecks}. */
    @Test
    void signatureLibraryStaysInDocuments() {
        noClasses().that().resideOutsideOfPackage("org.diktyo.documents..")
                .should().dependOnClassesThat().resideInAPackage("eu.europa.esig..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.diktyo.documents").and().doNotHaveSimpleName("PadesReader")
                .should().dependOnClassesThat().resideInAPackage("eu.europa.esig..")
                .because("DSS loads on the first check, never at start")
                .check(CLASSES);
    }

    @Test
    void packagesOfAModuleDoNotDependOnEachOtherInACircle() {
        slices().matching("org.diktyo.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** {@code org.diktyo.meetings.domain.Meeting} is in module {@code meetings}. */
    static String module(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    static ArchCondition<JavaClass> onlyBeUsedInsideTheirModule() {
        return new ArchCondition<>("only be used inside their module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency d : type.getDirectDependenciesToSelf()) {
                    JavaClass user = d.getOriginClass();
                    if (!module(user).equals(module(type)) && !generated(user)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** JTE's precompiled templates are the module's own pages, compiled in another package. */
    static boolean generated(JavaClass type) {
        return type.getPackageName().startsWith("gg.jte.generated");
    }

}
