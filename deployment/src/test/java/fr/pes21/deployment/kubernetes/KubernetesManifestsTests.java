package fr.pes21.deployment.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.pes21.deployment.Suite;
import fr.pes21.deployment.SuiteService;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code k8s/}'s base and overlays, built by {@code kubectl kustomize}
 * ({@link Kustomize}), read with fabric8's model ({@link Manifests}) and checked against
 * the services' own configuration ({@link ManifestChecks}): a service added without its
 * Kubernetes resources, a variable it reads left unset, a topic without its KafkaTopic or
 * a dashboard left out of ops/grafana/kustomization.yaml fails the build.
 */
class KubernetesManifestsTests {

	private static final Path K8S = Suite.root().resolve("k8s");

	private static final ManifestChecks CHECKS = ManifestChecks.ofSuite();

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
	void describeTheWholeSuiteConsistently(String kustomization) {
		assertThat(CHECKS.problems(Manifests.of(K8S.resolve(kustomization)))).isEmpty();
	}

	@Test
	void reportAServiceLeftWithoutItsDeployment() {
		Manifests manifests = Manifests.of(K8S.resolve("base")).without("Deployment", "accompaniment-service");

		assertThat(CHECKS.problems(manifests))
			.contains("accompaniment-service: no Deployment named accompaniment-service");
	}

	@Test
	void reportAFieldTheKubernetesApiDoesNotKnow() {
		List<ObjectNode> documents = Kustomize.build(K8S.resolve("base"));
		ObjectNode container = (ObjectNode) documents.stream()
			.filter((document) -> document.path("kind").asString().equals("Deployment")
					&& document.path("metadata").path("name").asString().equals("dla-service"))
			.findFirst()
			.orElseThrow()
			.at("/spec/template/spec/containers/0");
		container.set("readinesProbe", container.remove("readinessProbe"));

		assertThat(CHECKS.problems(Manifests.read(documents)))
			.anyMatch((problem) -> problem.startsWith("Deployment dla-service")
					&& problem.endsWith("unknown field(s) [readinesProbe]"))
			.contains("dla-service: no HTTP readiness probe");
	}

	@Test
	void reportAVariableTheServiceDoesNotReadAndASecretInTheConfigMap() {
		Manifests base = Manifests.of(K8S.resolve("base"));
		ConfigMap configMap = base.configMap("events-service").orElseThrow();
		ConfigMap changed = new ConfigMapBuilder(configMap).addToData("PES21_JWT_SECRET", "in-plain-sight")
			.addToData("EVENTS_CAPACITY", "40")
			.build();

		assertThat(CHECKS.problems(base.with(changed))).contains(
				"events-service: sets EVENTS_CAPACITY, which its application.yaml does not read",
				"events-service: its ConfigMap " + configMap.getMetadata().getName()
						+ " holds PES21_JWT_SECRET, a secret, in plain text");
	}

	@Test
	void reportAVariableNoDeploymentSetsAndAServiceUrlPointingElsewhere() {
		Manifests base = Manifests.of(K8S.resolve("base"));
		ConfigMap configMap = base.configMap("gateway").orElseThrow();
		ConfigMap changed = new ConfigMapBuilder(configMap).removeFromData("PES21_CORS_ORIGINS")
			.addToData("DLA_URL", "http://territory-service:8083")
			.build();

		assertThat(CHECKS.problems(base.with(changed))).contains(
				"gateway: reads PES21_CORS_ORIGINS, which has no usable default and is set by neither its ConfigMap nor a Secret",
				"gateway: DLA_URL is http://territory-service:8083, not the Service dla-service on port 8082");
	}

	@Test
	void reportAServiceReachableFromAnyNamespace() {
		Manifests base = Manifests.of(K8S.resolve("base"));
		NetworkPolicy policy = base.named(NetworkPolicy.class, "reporting-service-ingress").orElseThrow();
		NetworkPolicy opened = new NetworkPolicyBuilder(policy).editSpec()
			.editFirstIngress()
			.addToFrom(new NetworkPolicyPeerBuilder().withNamespaceSelector(new LabelSelector()).build())
			.endIngress()
			.endSpec()
			.build();

		assertThat(CHECKS.problems(base.with(opened))).anyMatch((problem) -> problem
			.startsWith("reporting-service: NetworkPolicy reporting-service-ingress lets in pods of namespace(s)"));
	}

	@Test
	void reportAServiceWhoseEgressPolicyBlocksMongoDb() {
		Manifests base = Manifests.of(K8S.resolve("base"));
		NetworkPolicy policy = base.named(NetworkPolicy.class, "services-egress").orElseThrow();
		NetworkPolicy blocking = new NetworkPolicyBuilder(policy).editSpec()
			.removeMatchingFromEgress(
					(rule) -> rule.buildPorts().stream().anyMatch((port) -> port.getPort().getIntVal() == 27017))
			.endSpec()
			.build();

		assertThat(CHECKS.problems(base.with(blocking)))
			.contains("territory-service: its egress NetworkPolicies block MongoDB on port 27017");
	}

	@Test
	void reportTheGatewayWhenItsEgressPolicyBlocksItsDatabase() {
		Manifests base = Manifests.of(K8S.resolve("base"));
		NetworkPolicy policy = base.named(NetworkPolicy.class, "gateway-egress").orElseThrow();
		NetworkPolicy blocking = new NetworkPolicyBuilder(policy).editSpec()
			.removeMatchingFromEgress(
					(rule) -> rule.buildPorts().stream().anyMatch((port) -> port.getPort().getIntVal() == 27017))
			.endSpec()
			.build();

		assertThat(CHECKS.problems(base.with(blocking)))
			.contains("gateway: its egress NetworkPolicies block MongoDB on port 27017");
	}

	@Test
	void reportAServiceWhoseMetricsWouldBeScrapedWithoutTheToken() {
		List<ObjectNode> documents = Kustomize.build(K8S.resolve("base"));
		ObjectNode endpoint = (ObjectNode) documents.stream()
			.filter((document) -> document.path("kind").asString().equals("ServiceMonitor")
					&& document.path("metadata").path("name").asString().equals("events-service"))
			.findFirst()
			.orElseThrow()
			.at("/spec/endpoints/0");
		endpoint.remove("authorization");
		ObjectNode container = (ObjectNode) documents.stream()
			.filter((document) -> document.path("kind").asString().equals("Deployment")
					&& document.path("metadata").path("name").asString().equals("events-service"))
			.findFirst()
			.orElseThrow()
			.at("/spec/template/spec/containers/0");
		var env = (tools.jackson.databind.node.ArrayNode) container.get("env");
		for (int i = env.size() - 1; i >= 0; i--) {
			if (env.get(i).path("name").asString().equals("PES21_METRICS_TOKEN")) {
				env.remove(i);
			}
		}

		assertThat(CHECKS.problems(Manifests.read(documents))).contains(
				"events-service: the ServiceMonitor must scrape with the token its metrics answer: authorization: "
						+ "{type: Bearer, credentials: {name: pes21-secrets, key: PES21_METRICS_TOKEN}}",
				"events-service: set PES21_METRICS_TOKEN from the Secret pes21-secrets: its metrics answer that token"
						+ " only");
	}

	@Test
	void reportAConsumerThatMayScaleBeyondThePartitionsItReads() {
		Manifests prod = Manifests.of(K8S.resolve("overlays/prod"));
		HorizontalPodAutoscaler autoscaler = prod.named(HorizontalPodAutoscaler.class, "reporting-service")
			.orElseThrow();
		HorizontalPodAutoscaler beyond = new HorizontalPodAutoscalerBuilder(autoscaler).editSpec()
			.withMaxReplicas(13)
			.endSpec()
			.build();

		assertThat(CHECKS.problems(prod.with(beyond))).anyMatch((problem) -> problem
			.startsWith("reporting-service: may scale to 13 replicas but consumes pes21.accompaniment.events, "
					+ "which has 12 partitions"));
	}

	@Test
	void reportADashboardLeftOutOfTheGrafanaKustomization() {
		List<String> dashboards = new ArrayList<>(CHECKS.dashboards());
		dashboards.add("forgotten.json");
		ManifestChecks checks = CHECKS.withDashboards(dashboards);

		assertThat(checks.problems(Manifests.of(K8S.resolve("base"))))
			.contains("dashboard forgotten.json is not deployed: list it in ops/grafana/kustomization.yaml");
	}

	@Test
	void reportATopicWithoutItsKafkaTopic() {
		Manifests base = Manifests.of(K8S.resolve("base")).without("KafkaTopic", "pes21-territory-events-dlq");

		assertThat(CHECKS.problems(base)).contains("topic pes21.territory.events.dlq: no KafkaTopic");
	}

	@Test
	void prodRunsAReleaseFromARegistryOnSeveralReplicasAndEnoughPartitions() {
		Manifests prod = Manifests.of(K8S.resolve("overlays/prod"));

		assertThat(prod.deployments()).allSatisfy((deployment) -> assertThat(image(deployment))
			.startsWith("registry.example.org/pes21/" + deployment.getMetadata().getName() + ":")
			.doesNotEndWith(":latest"));
		assertThat(prod.autoscalers()).filteredOn((autoscaler) -> !name(autoscaler).equals("reporting-service"))
			.hasSize(5)
			.allSatisfy((autoscaler) -> assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2));
		int reportingReplicas = prod.named(HorizontalPodAutoscaler.class, "reporting-service")
			.orElseThrow()
			.getSpec()
			.getMaxReplicas();
		SuiteService reporting = Suite.services()
			.stream()
			.filter((service) -> service.name().equals("reporting-service"))
			.findFirst()
			.orElseThrow();
		assertThat(prod.custom("KafkaTopic"))
			.filteredOn((topic) -> reporting.consumedTopics().contains(spec(topic).get("topicName")))
			.hasSize(reporting.consumedTopics().size())
			.allSatisfy((topic) -> assertThat(ManifestChecks.integer(spec(topic).get("partitions")))
				.isGreaterThanOrEqualTo(reportingReplicas));
	}

	@Test
	void devRunsOneOfEverythingWithReplicationToMatch() {
		Manifests dev = Manifests.of(K8S.resolve("overlays/dev"));

		assertThat(dev.autoscalers()).hasSize(6)
			.allSatisfy((autoscaler) -> assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(1));
		assertThat(dev.custom("KafkaNodePool")).singleElement()
			.satisfies((pool) -> assertThat(spec(pool)).containsEntry("replicas", 1));
		assertThat(dev.custom("KafkaTopic")).hasSize(8)
			.allSatisfy((topic) -> assertThat(spec(topic)).containsEntry("replicas", 1));
		assertThat(dev.custom("MongoDBCommunity")).singleElement()
			.satisfies((mongo) -> assertThat(spec(mongo)).containsEntry("members", 1));
		assertThat(dev.resources())
			.allSatisfy((resource) -> assertThat(resource.getMetadata().getNamespace()).isEqualTo("pes21-dev"));
	}

	private static Map<String, Object> spec(GenericKubernetesResource resource) {
		return ManifestChecks.spec(resource);
	}

	private static String image(Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage();
	}

	private static String name(HorizontalPodAutoscaler autoscaler) {
		return autoscaler.getMetadata().getName();
	}

}
