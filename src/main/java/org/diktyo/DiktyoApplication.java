package org.diktyo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Diktyo: the working platform of a network of municipalities. */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class DiktyoApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DiktyoApplication.class);
        application.setApplicationStartup(org.diktyo.platform.StartupSteps.recorder());
        application.addListeners(new org.diktyo.platform.AheadOfTimeBuild());
        application.addInitializers(new org.diktyo.platform.AheadOfTimeBuild.LazyRepositories());
        application.run(args);
    }
}
