package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/** The ahead-of-time code runs only under the settings it was made for (ADR 0034). */
class AheadOfTimeBuildTest {

    @Test
    void theDemoAsBuiltStarts() {
        AheadOfTimeBuild.check(demo());
    }

    @Test
    void anotherProfileIsRefusedWithAMessageThatSaysHowToStart() {
        MockEnvironment postgresql = demo().withProperty("spring.profiles.active", "demo,postgresql");
        postgresql.setActiveProfiles("demo", "postgresql");
        assertThatThrownBy(() -> AheadOfTimeBuild.check(postgresql))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[demo, postgresql]")
                .hasMessageContaining("without -Dspring.aot.enabled=true");
    }

    @Test
    void noProfileAskedForIsRefusedThoughTheGeneratedCodeActivatesTheBuildsOwn() {
        MockEnvironment plain = new MockEnvironment();
        plain.setActiveProfiles("demo"); // as the generated post-processor leaves it
        AheadOfTimeBuild.SWITCHES.forEach(plain::setProperty);
        assertThatThrownBy(() -> AheadOfTimeBuild.check(plain)).hasMessageContaining("profiles");
        plain.setProperty("spring.profiles.active", "postgresql");
        assertThatThrownBy(() -> AheadOfTimeBuild.check(plain)).hasMessageContaining("[demo, postgresql]");
    }

    @Test
    void aSwitchedPropertyIsRefused() {
        MockEnvironment sending = demo().withProperty("diktyo.mail.delivery.enabled", "true");
        assertThatThrownBy(() -> AheadOfTimeBuild.check(sending)).hasMessageContaining("diktyo.mail.delivery.enabled");
        MockEnvironment noDemo = demo().withProperty("diktyo.demo.enabled", "false");
        assertThatThrownBy(() -> AheadOfTimeBuild.check(noDemo))
                .hasMessageContaining("diktyo.demo.enabled")
                .hasMessageNotContaining("diktyo.mail.delivery.enabled");
    }

    @Test
    void everyPropertyABeanIsConditionalOnIsChecked() throws IOException {
        Pattern condition = Pattern.compile("@ConditionalOnProperty\\(name = \"([^\"]+)\"");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = condition.matcher(Files.readString(source));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertThat(names).isNotEmpty();
        assertThat(AheadOfTimeBuild.SWITCHES.keySet()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void theSwitchesAreWhatTheDemoProfileSetsAndThePomBuildsFor() throws IOException {
        MockEnvironment configured = new MockEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : new String[] {"application-demo.yml", "application.yml"}) {
            yaml.load(file, new ClassPathResource(file)).forEach(configured.getPropertySources()::addLast);
        }
        AheadOfTimeBuild.SWITCHES.forEach((name, value) ->
                assertThat(configured.getProperty(name)).as(name).isEqualToIgnoringCase(value));
        String pom = Files.readString(Path.of("pom.xml"));
        String execution = pom.substring(pom.indexOf("<id>process-aot</id>"));
        execution = execution.substring(0, execution.indexOf("</execution>"));
        assertThat(execution).contains("<profile>" + String.join(",", AheadOfTimeBuild.PROFILES) + "</profile>");
        assertThat(AheadOfTimeBuild.PROFILES).hasSize(1);
    }

    interface Things extends org.springframework.data.repository.Repository<Object, String> {
    }

    static class NeedsThings {
        Things things;
        Runnable other;
    }

    @Test
    void repositoriesAreInjectedAsProxiesMadeOnFirstUseAndNothingElseIs() throws Exception {
        var resolver = new AheadOfTimeBuild.LazyRepositories.Resolver();
        var repository = new org.springframework.beans.factory.config.DependencyDescriptor(
                NeedsThings.class.getDeclaredField("things"), true);
        var other = new org.springframework.beans.factory.config.DependencyDescriptor(
                NeedsThings.class.getDeclaredField("other"), true);
        assertThat(resolver.isLazy(repository)).isTrue();
        assertThat(resolver.isLazy(other)).isFalse();
    }

    private static MockEnvironment demo() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");
        environment.setProperty("spring.profiles.active", "demo");
        AheadOfTimeBuild.SWITCHES.forEach(environment::setProperty);
        return environment;
    }
}
