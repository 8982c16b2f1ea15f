package fr.pes21.deployment.kubernetes;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.pes21.deployment.SuiteService;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import static fr.pes21.deployment.kubernetes.ManifestChecks.map;
import static fr.pes21.deployment.kubernetes.ManifestChecks.nonNull;
import static fr.pes21.deployment.kubernetes.ManifestChecks.podLabels;
import static fr.pes21.deployment.kubernetes.ManifestChecks.spec;

/**
 * The NetworkPolicies, evaluated as Kubernetes would for the suite's pods: only the
 * gateway is reachable from outside (from the ingress controller's namespace), each
 * service from the gateway only, everything from Prometheus on its own port; and what the
 * suite needs to work is allowed: the gateway reaches the services, the services reach
 * Kafka, MongoDB and DNS, everything reaches the trace collector its ConfigMap names,
 * MongoDB's members reach each other.
 * <p>
 * Pods of other namespaces are known only by their namespace's
 * {@code kubernetes.io/metadata.name} label; Kafka's pods by the labels Strimzi gives
 * them ({@code strimzi.io/cluster}, {@code strimzi.io/kind: Kafka}); MongoDB's by the
 * labels the MongoDBCommunity puts on its pod template.
 */
final class NetworkChecks {

	private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";

	/** MongoDB's port, the MongoDBCommunity's default. */
	private static final int MONGODB_PORT = 27017;

	private final List<SuiteService> services;

	private final Manifests manifests;

	private final Optional<GenericKubernetesResource> kafka;

	private final Optional<GenericKubernetesResource> mongo;

	private final List<String> problems;

	NetworkChecks(List<SuiteService> services, Manifests manifests, Optional<GenericKubernetesResource> kafka,
			Optional<GenericKubernetesResource> mongo, List<String> problems) {
		this.services = services;
		this.manifests = manifests;
		this.kafka = kafka;
		this.mongo = mongo;
		this.problems = problems;
	}

	void check() {
		boolean defaultDeny = this.manifests.networkPolicies()
			.stream()
			.anyMatch((policy) -> Selectors.isEmpty(policy.getSpec().getPodSelector()) && isFor(policy, "Ingress")
					&& nonNull(policy.getSpec().getIngress()).isEmpty());
		if (!defaultDeny) {
			this.problems.add("no NetworkPolicy denies ingress to every pod by default");
		}
		Optional<Map<String, String>> gateway = pods("gateway");
		for (SuiteService service : this.services) {
			pods(service.name()).ifPresent((labels) -> {
				checkIngress(service, labels, gateway);
				checkEgress(service, labels);
			});
		}
		this.mongo.ifPresent(this::checkMongo);
		this.kafka.ifPresent(this::checkKafka);
	}

	private void checkIngress(SuiteService service, Map<String, String> labels, Optional<Map<String, String>> gateway) {
		String name = service.name();
		List<NetworkPolicy> policies = selecting(labels, "Ingress");
		if (policies.isEmpty()) {
			this.problems.add(name + ": no NetworkPolicy limits who reaches it");
			return;
		}
		Set<String> namespaces = service.isGateway()
				? Set.of(ManifestChecks.MONITORING_NAMESPACE, ManifestChecks.INGRESS_NAMESPACE)
				: Set.of(ManifestChecks.MONITORING_NAMESPACE);
		for (NetworkPolicy policy : policies) {
			String id = name + ": NetworkPolicy " + policy.getMetadata().getName();
			for (var rule : nonNull(policy.getSpec().getIngress())) {
				if (nonNull(rule.getFrom()).isEmpty()) {
					this.problems.add(id + " lets every pod and address in");
				}
				if (nonNull(rule.getPorts()).isEmpty()) {
					this.problems.add(id + " opens every port");
				}
				for (NetworkPolicyPort port : nonNull(rule.getPorts())) {
					if (port(port.getPort(), service) != service.port()) {
						this.problems
							.add(id + " opens port "
									+ ((port.getPort() != null) ? Objects.requireNonNullElse(port.getPort().getIntVal(),
											port.getPort().getStrVal()) : "(every one)")
									+ ", not only " + service.port());
					}
				}
				for (NetworkPolicyPeer peer : nonNull(rule.getFrom())) {
					checkPeer(id, service, peer, namespaces);
				}
			}
		}
		if (!allowsIngress(labels, null, ManifestChecks.MONITORING_NAMESPACE, service.port(), service)) {
			this.problems.add(name + ": Prometheus (namespace " + ManifestChecks.MONITORING_NAMESPACE
					+ ") cannot reach port " + service.port());
		}
		if (service.isGateway()
				&& !allowsIngress(labels, null, ManifestChecks.INGRESS_NAMESPACE, service.port(), service)) {
			this.problems.add(name + ": the ingress controller (namespace " + ManifestChecks.INGRESS_NAMESPACE
					+ ") cannot reach port " + service.port());
		}
		if (!service.isGateway() && gateway.isPresent()
				&& !allowsIngress(labels, gateway.get(), null, service.port(), service)) {
			this.problems.add(name + ": the gateway cannot reach port " + service.port());
		}
	}

	private void checkPeer(String id, SuiteService service, NetworkPolicyPeer peer, Set<String> namespaces) {
		if (peer.getIpBlock() != null) {
			this.problems.add(id + " lets addresses in (ipBlock " + peer.getIpBlock().getCidr() + ")");
		}
		else if (peer.getNamespaceSelector() != null) {
			String namespace = nonNull(peer.getNamespaceSelector().getMatchLabels()).get(NAMESPACE_LABEL);
			if (namespace == null || !namespaces.contains(namespace)) {
				this.problems.add(id + " lets in pods of namespace(s) " + peer.getNamespaceSelector().getMatchLabels()
						+ "; only " + namespaces + " may reach it");
			}
		}
		else {
			List<String> sources = this.manifests.deployments()
				.stream()
				.filter((deployment) -> Selectors.matches(peer.getPodSelector(), podLabels(deployment)))
				.map((deployment) -> deployment.getMetadata().getName())
				.toList();
			if (service.isGateway() || !List.of("gateway").equals(sources)) {
				this.problems.add(id + " lets in the pods of " + sources + " (its podSelector "
						+ peer.getPodSelector().getMatchLabels() + "); "
						+ (service.isGateway() ? "none may" : "only the gateway's may"));
			}
		}
	}

	private void checkEgress(SuiteService service, Map<String, String> labels) {
		String name = service.name();
		List<NetworkPolicy> policies = selecting(labels, "Egress");
		if (policies.isEmpty()) {
			return;
		}
		if (!allowsEgress(policies, null, "kube-system", 53, "UDP")) {
			this.problems.add(name + ": its egress NetworkPolicies block DNS (UDP 53 to kube-system)");
		}
		if (service.variables().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
			this.kafka.ifPresent((cluster) -> {
				for (int port : plainPorts(cluster)) {
					if (!allowsEgress(policies, kafkaPods(cluster), null, port, "TCP")) {
						this.problems.add(name + ": its egress NetworkPolicies block Kafka's brokers on port " + port);
					}
				}
			});
		}
		if (service.variables().containsKey("MONGODB_URI")) {
			this.mongo.flatMap(this::mongoPods).ifPresent((mongoPods) -> {
				if (!allowsEgress(policies, mongoPods, null, MONGODB_PORT, "TCP")) {
					this.problems.add(name + ": its egress NetworkPolicies block MongoDB on port " + MONGODB_PORT);
				}
			});
		}
		tracingCollector(name).ifPresent((collector) -> {
			if (!allowsEgress(policies, null, collector.getHost().split("\\.")[1], collector.getPort(), "TCP")) {
				this.problems.add(name + ": its egress NetworkPolicies block the trace collector " + collector);
			}
		});
		for (SuiteService target : this.services) {
			boolean calls = service.variables()
				.values()
				.stream()
				.anyMatch((fallback) -> ("http://localhost:" + target.port()).equals(fallback));
			Optional<Map<String, String>> targetPods = pods(target.name());
			if (calls && targetPods.isPresent()
					&& !allowsEgress(policies, targetPods.get(), null, target.port(), "TCP")) {
				this.problems
					.add(name + ": its egress NetworkPolicies block " + target.name() + " on port " + target.port());
			}
		}
	}

	private void checkMongo(GenericKubernetesResource mongo) {
		Optional<Map<String, String>> mongoPods = mongoPods(mongo);
		if (mongoPods.isEmpty()) {
			this.problems.add("MongoDBCommunity " + mongo.getMetadata().getName()
					+ ": no labels on its pod template (spec.statefulSet.spec.template.metadata.labels), so no "
					+ "NetworkPolicy can let the services in");
			return;
		}
		String id = "MongoDBCommunity " + mongo.getMetadata().getName();
		if (selecting(mongoPods.get(), "Ingress").isEmpty()) {
			return;
		}
		if (!allowsIngress(mongoPods.get(), mongoPods.get(), null, MONGODB_PORT, null)) {
			this.problems.add(id + ": its members cannot reach each other on port " + MONGODB_PORT);
		}
		for (SuiteService service : this.services) {
			Optional<Map<String, String>> pods = pods(service.name());
			if (service.variables().containsKey("MONGODB_URI") && pods.isPresent()
					&& !allowsIngress(mongoPods.get(), pods.get(), null, MONGODB_PORT, null)) {
				this.problems.add(id + ": " + service.name() + " cannot reach it on port " + MONGODB_PORT);
			}
		}
	}

	private void checkKafka(GenericKubernetesResource cluster) {
		for (Map<String, Object> listener : ManifestChecks.listeners(cluster)) {
			List<Map<String, Object>> peers = ManifestChecks.maps(listener.get("networkPolicyPeers"));
			if (peers.isEmpty()) {
				continue;
			}
			for (SuiteService service : this.services) {
				Optional<Map<String, String>> pods = pods(service.name());
				boolean admitted = pods.isPresent() && peers.stream()
					.map((peer) -> map(peer.get("podSelector")))
					.anyMatch((selector) -> matches(selector, pods.get()));
				if (service.variables().containsKey("KAFKA_BOOTSTRAP_SERVERS") && !admitted) {
					this.problems
						.add("Kafka " + cluster.getMetadata().getName() + ": the networkPolicyPeers of listener "
								+ listener.get("name") + " do not let " + service.name() + " in");
				}
			}
		}
	}

	/**
	 * Whether a pod with these labels takes connections on this port from a source: a pod
	 * of its own namespace ({@code sourcePods}) or any pod of another namespace.
	 */
	private boolean allowsIngress(Map<String, String> target, Map<String, String> sourcePods, String sourceNamespace,
			int port, SuiteService service) {
		List<NetworkPolicy> policies = selecting(target, "Ingress");
		if (policies.isEmpty()) {
			return true;
		}
		return policies.stream()
			.flatMap((policy) -> nonNull(policy.getSpec().getIngress()).stream())
			.anyMatch((rule) -> ports(rule.getPorts(), port, "TCP", service) && (nonNull(rule.getFrom()).isEmpty()
					|| nonNull(rule.getFrom()).stream().anyMatch((peer) -> admits(peer, sourcePods, sourceNamespace))));
	}

	private boolean allowsEgress(List<NetworkPolicy> policies, Map<String, String> targetPods, String targetNamespace,
			int port, String protocol) {
		return policies.stream()
			.flatMap((policy) -> nonNull(policy.getSpec().getEgress()).stream())
			.anyMatch((rule) -> ports(rule.getPorts(), port, protocol, null) && (nonNull(rule.getTo()).isEmpty()
					|| nonNull(rule.getTo()).stream().anyMatch((peer) -> admits(peer, targetPods, targetNamespace))));
	}

	/**
	 * Whether a peer stands for this pod of our namespace or any pod of that namespace.
	 */
	private static boolean admits(NetworkPolicyPeer peer, Map<String, String> pods, String namespace) {
		if (peer.getIpBlock() != null) {
			return false;
		}
		if (peer.getNamespaceSelector() != null) {
			return namespace != null
					&& Selectors.matches(peer.getNamespaceSelector(), Map.of(NAMESPACE_LABEL, namespace));
		}
		return pods != null && Selectors.matches(peer.getPodSelector(), pods);
	}

	private boolean ports(List<NetworkPolicyPort> ports, int port, String protocol, SuiteService service) {
		return nonNull(ports).isEmpty() || ports.stream()
			.anyMatch((candidate) -> port(candidate.getPort(), service) == port
					&& protocol.equals((candidate.getProtocol() != null) ? candidate.getProtocol() : "TCP"));
	}

	/** A policy's port as a number: named ports are the service container's. */
	private static int port(IntOrString port, SuiteService service) {
		if (port != null && port.getIntVal() == null && service != null && "http".equals(port.getStrVal())) {
			return service.port();
		}
		return Selectors.port(port, Map.of());
	}

	/** Where its ConfigMap sends traces, when that is a Service of another namespace. */
	private Optional<URI> tracingCollector(String name) {
		return this.manifests.configMap(name)
			.map((configMap) -> nonNull(configMap.getData()).get("PES21_TRACING_ENDPOINT"))
			.filter((endpoint) -> !endpoint.isBlank())
			.map(URI::create)
			.filter((uri) -> uri.getHost() != null && uri.getHost().split("\\.").length > 1 && uri.getPort() > 0);
	}

	private List<NetworkPolicy> selecting(Map<String, String> labels, String type) {
		return this.manifests.networkPolicies()
			.stream()
			.filter((policy) -> isFor(policy, type) && Selectors.matches(policy.getSpec().getPodSelector(), labels))
			.toList();
	}

	/**
	 * Whether a policy restricts this direction (Ingress always, unless its types say
	 * otherwise).
	 */
	private static boolean isFor(NetworkPolicy policy, String type) {
		List<String> types = policy.getSpec().getPolicyTypes();
		if (types == null || types.isEmpty()) {
			return "Ingress".equals(type) || !nonNull(policy.getSpec().getEgress()).isEmpty();
		}
		return types.contains(type);
	}

	private Optional<Map<String, String>> pods(String deployment) {
		return this.manifests.named(Deployment.class, deployment).map(ManifestChecks::podLabels);
	}

	private static Map<String, String> kafkaPods(GenericKubernetesResource cluster) {
		return Map.of("strimzi.io/cluster", cluster.getMetadata().getName(), "strimzi.io/kind", "Kafka");
	}

	private static List<Integer> plainPorts(GenericKubernetesResource cluster) {
		return ManifestChecks.listeners(cluster)
			.stream()
			.filter((listener) -> Boolean.FALSE.equals(listener.get("tls")))
			.map((listener) -> ManifestChecks.integer(listener.get("port")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private Optional<Map<String, String>> mongoPods(GenericKubernetesResource mongo) {
		Map<String, Object> labels = map(
				map(map(map(map(spec(mongo).get("statefulSet")).get("spec")).get("template")).get("metadata"))
					.get("labels"));
		return labels.isEmpty() ? Optional.empty() : Optional.of((Map<String, String>) (Map<?, ?>) labels);
	}

	private static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
		LabelSelector labelSelector = new LabelSelector();
		@SuppressWarnings("unchecked")
		Map<String, String> matchLabels = (Map<String, String>) (Map<?, ?>) map(selector.get("matchLabels"));
		labelSelector.setMatchLabels(matchLabels);
		return !matchLabels.isEmpty() && Selectors.matches(labelSelector, labels);
	}

}
