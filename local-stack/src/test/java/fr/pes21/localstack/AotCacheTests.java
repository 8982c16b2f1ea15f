package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the local stack starts a service: the extracted jar with the AOT cache the build
 * made, or the jar itself when there is none (docs/decisions/0021).
 */
class AotCacheTests {

	@Test
	void aServiceStartsFromItsExtractedJarWithTheCacheWhenTheBuildMadeOne(@TempDir Path repository,
			@TempDir Path localDir) throws IOException {
		StackConfig config = StackConfig.forRepository(repository, Map.of()).withLocalDir(localDir);
		Path aot = Files.createDirectories(config.runningAot("dla-service"));
		Files.writeString(aot.resolve(StackConfig.AOT_CACHE), "cache");

		assertThat(Topology.springCommand("java", "dla-service", config)).containsSubsequence(
				"-XX:AOTCache=" + aot.resolve("app.aot"), "-jar", aot.resolve("dla-service.jar").toString());
	}

	@Test
	void withoutACacheAServiceStartsFromItsJar(@TempDir Path repository, @TempDir Path localDir) {
		StackConfig config = StackConfig.forRepository(repository, Map.of()).withLocalDir(localDir);

		assertThat(Topology.springCommand("java", "gateway", config)).noneMatch((argument) -> argument.contains("AOT"))
			.endsWith("-jar", config.runningJar("gateway").toString());
	}

}
