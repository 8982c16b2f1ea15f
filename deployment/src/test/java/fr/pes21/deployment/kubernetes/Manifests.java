package fr.pes21.deployment.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resources a kustomization builds, read with fabric8's Kubernetes model as the API
 * server would read them, and what did not read: a field the model does not know (fabric8
 * keeps it aside instead of failing, {@link ModelShape} finds it), a kind no check knows
 * or an API version that is not the one checked.
 *
 * @param resources every resource, typed where fabric8 has a model, custom resources as
 * {@link GenericKubernetesResource}
 * @param readProblems what did not read as a known, well-formed resource
 */
record Manifests(List<HasMetadata> resources, List<String> readProblems) {

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	/** Builds the kustomization in {@code directory} and reads every resource. */
	static Manifests of(Path directory) {
		return read(Kustomize.build(directory));
	}

	static Manifests read(List<ObjectNode> documents) {
		List<HasMetadata> resources = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (ObjectNode document : documents) {
			String id = document.path("kind").asString() + " " + document.path("metadata").path("name").asString();
			KubernetesResource resource = SERIALIZATION.unmarshal(document.toString());
			if (resource instanceof HasMetadata typed) {
				problems.addAll(ModelShape.problems(id, typed));
				resources.add(typed);
			}
			else {
				problems.add(id + ": not a Kubernetes resource");
			}
		}
		return new Manifests(List.copyOf(resources), List.copyOf(problems));
	}

	/**
	 * The same resources but the one of this kind and name, as if it had been left out.
	 */
	Manifests without(String kind, String name) {
		return new Manifests(this.resources.stream()
			.filter((resource) -> !(resource.getKind().equals(kind) && resource.getMetadata().getName().equals(name)))
			.toList(), this.readProblems);
	}

	/** The same resources with one replaced (same kind and name) or added. */
	Manifests with(HasMetadata replacement) {
		List<HasMetadata> changed = new ArrayList<>(
				without(replacement.getKind(), replacement.getMetadata().getName()).resources());
		changed.add(replacement);
		return new Manifests(List.copyOf(changed), this.readProblems);
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.resources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The ConfigMap a {@code configMapGenerator} named {@code name} made: kustomize
	 * appends a hash of its content to the name (and to every reference to it) unless
	 * told not to.
	 */
	Optional<ConfigMap> configMap(String name) {
		return all(ConfigMap.class).stream()
			.filter((configMap) -> configMap.getMetadata().getName().equals(name)
					|| configMap.getMetadata().getName().matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
			.findFirst();
	}

	<T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
		return all(type).stream().filter((resource) -> resource.getMetadata().getName().equals(name)).findFirst();
	}

	/** The custom resources of a kind ({@code Kafka}, {@code KafkaTopic}...). */
	List<GenericKubernetesResource> custom(String kind) {
		return all(GenericKubernetesResource.class).stream()
			.filter((resource) -> resource.getKind().equals(kind))
			.toList();
	}

	List<Deployment> deployments() {
		return all(Deployment.class);
	}

	List<Service> services() {
		return all(Service.class);
	}

	List<ConfigMap> configMaps() {
		return all(ConfigMap.class);
	}

	List<HorizontalPodAutoscaler> autoscalers() {
		return all(HorizontalPodAutoscaler.class);
	}

	List<PodDisruptionBudget> disruptionBudgets() {
		return all(PodDisruptionBudget.class);
	}

	List<NetworkPolicy> networkPolicies() {
		return all(NetworkPolicy.class);
	}

	List<Ingress> ingresses() {
		return all(Ingress.class);
	}

}
