package org.diktyo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/architecture.md hold; their documentation is written to target/. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DiktyoApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeDocumentation();
    }
}
