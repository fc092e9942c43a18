package org.diktyo.network.domain;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the registry up to date with the shipped data whenever the application starts,
 * before the web server accepts its first request (an {@code ApplicationRunner} would run
 * after, and the first visitor could see an empty network).
 */
@Component
class ImportRegistryOnStartup implements SmartInitializingSingleton {

    private final RegistryImport registryImport;

    ImportRegistryOnStartup(RegistryImport registryImport) {
        this.registryImport = registryImport;
    }

    @Override
    public void afterSingletonsInstantiated() {
        registryImport.run();
    }
}
