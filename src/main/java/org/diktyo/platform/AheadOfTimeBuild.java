package org.diktyo.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.Repository;

/**
 * The jar's ahead-of-time code (ADR 0034) decided the beans at build time for the demo: its profile
 * and the properties that switch beans on or off. Started with {@code -Dspring.aot.enabled=true}
 * under anything else, the application would silently run the demo's beans (mail kept in the
 * outbox, demo data written): this refuses to start instead, and says how to start.
 */
public final class AheadOfTimeBuild implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The profiles the build processed (pom.xml, the {@code process-aot} execution). */
    static final Set<String> PROFILES = Set.of("demo");

    /** Every property a bean of ours is conditional on, with its value in that build. */
    static final Map<String, String> SWITCHES = Map.of(
            "diktyo.demo.enabled", "true",
            "diktyo.mail.delivery.enabled", "false",
            "diktyo.pages.kept", "true");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts()) {
            check(event.getEnvironment());
        }
    }

    /** Throws when the environment is not the one the build decided the beans for. */
    static void check(Environment environment) {
        Map<String, String> differences = new LinkedHashMap<>();
        // The generated code activates the build's profiles itself: what was asked for is the property.
        String asked = environment.getProperty("spring.profiles.active");
        Set<String> profiles = new TreeSet<>(Arrays.asList(environment.getActiveProfiles()));
        if (asked != null) {
            profiles.addAll(Arrays.asList(asked.trim().split("\\s*,\\s*")));
        }
        if (asked == null || !profiles.equals(PROFILES)) {
            differences.put("profiles", (asked == null ? "none asked for" : profiles.toString())
                    + " (built for " + new TreeSet<>(PROFILES) + ")");
        }
        new TreeSet<>(SWITCHES.keySet()).forEach(name -> {
            String value = environment.getProperty(name, "");
            if (!value.equalsIgnoreCase(SWITCHES.get(name))) {
                differences.put(name, "'" + value + "' (built for '" + SWITCHES.get(name) + "')");
            }
        });
        if (!differences.isEmpty()) {
            throw new IllegalStateException("This jar's ahead-of-time code was made for the demo and cannot run "
                    + differences + "; start it without -Dspring.aot.enabled=true (./run does so when given "
                    + "a profile), or build it for these settings (ADR 0034)");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the generated post-processor has set the build's profiles
    }

    /**
     * Repositories stay lazy under the ahead-of-time code (ADR 0032, ADR 0034). Spring Data makes
     * them lazy by giving the bean factory a resolver that injects a proxy for a repository when it
     * reads the configuration; the generated code does not read it and sets the plain resolver, so
     * every repository was made with the bean that needs it, ~1 s of the start's main thread. This
     * puts the same rule back after the generated initializer: a repository interface is injected
     * as a proxy and made on its first call. Only when {@code bootstrap-mode} is lazy (the tests
     * make them all at start).
     */
    public static final class LazyRepositories implements ApplicationContextInitializer<GenericApplicationContext>, Ordered {

        @Override
        public void initialize(GenericApplicationContext context) {
            if (AotDetector.useGeneratedArtifacts() && "lazy".equalsIgnoreCase(
                    context.getEnvironment().getProperty("spring.data.jpa.repositories.bootstrap-mode"))) {
                context.getDefaultListableBeanFactory().setAutowireCandidateResolver(new Resolver());
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after the generated initializer, which sets the plain resolver
        }

        static final class Resolver extends ContextAnnotationAutowireCandidateResolver {

            @Override
            protected boolean isLazy(DependencyDescriptor descriptor) {
                Class<?> type = descriptor.getDependencyType();
                return super.isLazy(descriptor) || (type.isInterface() && Repository.class.isAssignableFrom(type));
            }
        }
    }
}
