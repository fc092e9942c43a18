package org.diktyo.network.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the registry up to date with the shipped data whenever the application starts. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportRegistryOnStartup implements ApplicationRunner {

    private final RegistryImport registryImport;

    ImportRegistryOnStartup(RegistryImport registryImport) {
        this.registryImport = registryImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        registryImport.run();
    }
}
