package nl.kringloop.platform;

import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.plugins.weighting.NmdSet1Weighting;
import nl.kringloop.testing.HangingWeighting;
import nl.kringloop.testing.FailingStartPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The registry on a plugins directory holding the real jars the build made: mki-weighting, the two
 * fault-injection plugins and a corrupt jar. Needs the packaged jars, i.e. {@code mvn verify}.
 */
class PluginRegistryTest {

    @TempDir
    Path dir;
    PluginRegistry registry;

    @BeforeEach
    void fill() throws Exception {
        for (Class<?> inPlugin : List.of(NmdSet1Weighting.class, HangingWeighting.class, FailingStartPlugin.class)) {
            Path jar = Path.of(inPlugin.getProtectionDomain().getCodeSource().getLocation().toURI());
            assumeTrue(Files.isRegularFile(jar), "plugin jars are packaged only from mvn package on: " + jar);
            Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(dir.resolve("corrupt.jar"), "not a zip");
        registry = PluginRegistry.start(dir, Duration.ofMillis(300), PluginHost.EXTENSION_POINTS);
    }

    @AfterEach
    void close() {
        if (registry != null) { // null when the assumption above skipped the test (mvn test, no jars yet)
            registry.close();
        }
    }

    @Test
    void everyJarIsListedWithItsStateAndFailuresKeepTheirReason() {
        assertThat(registry.status()).extracting(p -> p.id() + "=" + p.state()).containsExactlyInAnyOrder(
                "corrupt.jar=FAILED_TO_LOAD", "mki-weighting=STARTED", "test-failing-start=FAILED",
                "test-faulty-extension=STARTED");
        assertThat(registry.status().stream().filter(p -> p.id().equals("test-failing-start")).findFirst()
                .orElseThrow().reason()).contains("deliberate failure on start");
    }

    @Test
    void aHangingCallIsCutOffAtTheLimitThenQuarantined() {
        HostedExtension<ImpactWeighting> hanging = registry.extension(ImpactWeighting.class, "test-hanging").orElseThrow();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> registry.call(hanging, "shadowPriceSet()", ImpactWeighting::shadowPriceSet))
                .isInstanceOfSatisfying(ExtensionCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtensionCallException.Kind.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(hanging.state()).isEqualTo(HostedExtension.State.QUARANTINED);
        assertThatThrownBy(() -> registry.call(hanging, "shadowPriceSet()", ImpactWeighting::shadowPriceSet))
                .isInstanceOfSatisfying(ExtensionCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtensionCallException.Kind.QUARANTINED));
    }

    @Test
    void aThrowingCallIsReportedAndTheOtherPluginsKeepWorking() {
        HostedExtension<ImpactWeighting> throwing = registry.extension(ImpactWeighting.class, "test-throwing").orElseThrow();
        assertThatThrownBy(() -> registry.call(throwing, "shadowPriceSet()", ImpactWeighting::shadowPriceSet))
                .isInstanceOfSatisfying(ExtensionCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ExtensionCallException.Kind.THREW);
                    assertThat(e.pluginId()).isEqualTo("test-faulty-extension");
                });
        assertThat(throwing.state()).isEqualTo(HostedExtension.State.FAILED);

        HostedExtension<ImpactWeighting> set1 = registry.extension(ImpactWeighting.class, "nmd-set-1").orElseThrow();
        assertThat(registry.call(set1, "shadowPriceSet()", ImpactWeighting::shadowPriceSet).id()).isEqualTo("nmd-set-1");
        // loaded by the plugin's class loader, not the test's class path copy
        assertThat(set1.instance().getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
    }

    @Test
    void aBatchOfOnePluginAnswersEachExtension_theOneThatHangsIsQuarantinedAndTheOnesAfterItStillRun() {
        // three extensions of test-faulty-extension in one time-limited call, and one of mki-weighting
        List<HostedExtension<ImpactWeighting>> exts = List.of("test-throwing", "test-hanging", "test-duplicate",
                "nmd-set-1").stream().map(id -> registry.extension(ImpactWeighting.class, id).orElseThrow()).toList();
        long t0 = System.nanoTime();
        List<PluginRegistry.Answer<String>> answers = registry.callEach(exts, "shadowPriceSet()",
                w -> w.shadowPriceSet().id());
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(answers).extracting(a -> a.failure() == null ? "value " + a.value() : a.failure().kind().name())
                .containsExactly("THREW", "TIMED_OUT", "THREW", "value nmd-set-1");
        assertThat(answers.get(0).failure()).hasMessageContaining("deliberate failure in shadowPriceSet()")
                .hasMessageContaining("test-throwing");
        // the one after the hung one ran in a batch of its own, with its own answer
        assertThat(answers.get(2).failure()).hasMessageContaining("test plugin: never priced")
                .hasMessageContaining("test-duplicate");
        assertThat(exts).extracting(HostedExtension::state).containsExactly(HostedExtension.State.FAILED,
                HostedExtension.State.QUARANTINED, HostedExtension.State.FAILED, HostedExtension.State.AVAILABLE);
        // a quarantined extension is answered without a call; the others of its plugin are still called
        assertThat(registry.callEach(exts.subList(0, 2), "describe()", w -> w.describe().id()))
                .extracting(a -> a.failure() == null ? "value " + a.value() : a.failure().kind().name())
                .containsExactly("value test-throwing", "QUARANTINED");
        assertThat(exts.get(0).state()).isEqualTo(HostedExtension.State.AVAILABLE);
    }

    @Test
    void twoExtensionsWithOneIdKeepTheFirstAndListTheOtherAsBroken() {
        // test-faulty-extension has DuplicateIdWeighting and DuplicateIdWeightingToo, both "test-duplicate"
        assertThat(registry.extensions(ImpactWeighting.class)).filteredOn(e -> e.id().equals("test-duplicate"))
                .singleElement().satisfies(e -> assertThat(e.className()).endsWith(".DuplicateIdWeighting"));
        PluginStatus faulty = registry.status().stream().filter(p -> p.id().equals("test-faulty-extension"))
                .findFirst().orElseThrow();
        assertThat(faulty.state()).isEqualTo("STARTED");
        assertThat(faulty.extensions()).filteredOn(e -> "BROKEN".equals(e.state())).singleElement().satisfies(e -> {
            assertThat(e.className()).endsWith(".DuplicateIdWeightingToo");
            assertThat(e.reason()).contains("extension id 'test-duplicate' is already used by plugin test-faulty-extension");
        });
        // the plugin's other extensions and the other plugins are untouched
        assertThat(registry.extension(ImpactWeighting.class, "test-throwing")).isPresent();
        assertThat(registry.extension(ImpactWeighting.class, "nmd-set-1")).isPresent();
    }
}
