package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the local stack starts a service: the extracted jar, with the AOT cache when the
 * build trained one, or the jar itself when the build extracted none
 * (docs/decisions/0021).
 */
class AotCacheTests {

	@Test
	void aServiceStartsFromItsExtractedJarWithTheCacheWhenTheBuildMadeOne(@TempDir Path repository,
			@TempDir Path localDir) throws IOException {
		StackConfig config = StackConfig.forRepository(repository, Map.of()).withLocalDir(localDir);
		Path aot = Files.createDirectories(config.runningAot("dla-service"));
		Files.writeString(aot.resolve("dla-service.jar"), "extracted");
		Files.writeString(aot.resolve(StackConfig.AOT_CACHE), "cache");

		assertThat(Topology.springCommand("java", "dla-service", config)).containsSubsequence(
				"-XX:AOTCache=" + aot.resolve("app.aot"), "-jar", aot.resolve("dla-service.jar").toString());
	}

	@Test
	void withoutACacheAServiceStartsFromItsExtractedJar(@TempDir Path repository, @TempDir Path localDir)
			throws IOException {
		StackConfig config = StackConfig.forRepository(repository, Map.of()).withLocalDir(localDir);
		Path aot = Files.createDirectories(config.runningAot("gateway"));
		Files.writeString(aot.resolve("gateway.jar"), "extracted");

		assertThat(Topology.springCommand("java", "gateway", config)).noneMatch((argument) -> argument.contains("AOT"))
			.endsWith("-jar", aot.resolve("gateway.jar").toString());
	}

	@Test
	void withoutAnExtractedJarAServiceStartsFromItsJar(@TempDir Path repository, @TempDir Path localDir)
			throws IOException {
		StackConfig config = StackConfig.forRepository(repository, Map.of()).withLocalDir(localDir);
		// a cache without the extracted jar it was trained on is of no use
		Files.writeString(Files.createDirectories(config.runningAot("gateway")).resolve(StackConfig.AOT_CACHE),
				"cache");

		assertThat(Topology.springCommand("java", "gateway", config)).noneMatch((argument) -> argument.contains("AOT"))
			.endsWith("-jar", config.runningJar("gateway").toString());
	}

}
