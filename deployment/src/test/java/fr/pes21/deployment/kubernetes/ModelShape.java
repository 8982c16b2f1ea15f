package fr.pes21.deployment.kubernetes;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Whether a resource read with fabric8's model is made only of fields its API knows.
 * fabric8 never fails on an unknown field: it keeps it in the object's
 * {@code additionalProperties} (a misspelt {@code readinesProbe}, a value of the wrong
 * type), so every object of the model is walked for them. Custom resources have no model
 * in fabric8: their apiVersion and kind must be one of those below, and the fields of
 * their {@code spec} those their CRDs define (the parts this suite writes; extend a list
 * when a new field is used, after checking the operator's CRD).
 */
final class ModelShape {

	/** The built-in kinds the suite uses, at the API version the checks expect. */
	private static final Set<Class<? extends HasMetadata>> TYPED = Set.of(Deployment.class, Service.class,
			ConfigMap.class, HorizontalPodAutoscaler.class, PodDisruptionBudget.class, NetworkPolicy.class,
			Ingress.class);

	private static final Set<String> CUSTOM = Set.of("kafka.strimzi.io/v1 Kafka", "kafka.strimzi.io/v1 KafkaNodePool",
			"kafka.strimzi.io/v1 KafkaTopic", "mongodbcommunity.mongodb.com/v1 MongoDBCommunity",
			"monitoring.coreos.com/v1 ServiceMonitor");

	/** Known fields of custom resources, by kind and path ({@code []} for list items). */
	private static final Map<String, Set<String>> CUSTOM_FIELDS = Map.ofEntries(
			Map.entry("Kafka spec",
					Set.of("kafka", "entityOperator", "cruiseControl", "kafkaExporter", "clusterCa", "clientsCa",
							"maintenanceTimeWindows")),
			Map.entry("Kafka spec.kafka",
					Set.of("version", "metadataVersion", "image", "listeners", "config", "authorization", "rack",
							"brokerRackInitImage", "livenessProbe", "readinessProbe", "jvmOptions", "jmxOptions",
							"resources", "metricsConfig", "logging", "template", "tieredStorage", "quotas")),
			Map.entry("Kafka spec.kafka.listeners[]",
					Set.of("name", "port", "type", "tls", "authentication", "configuration", "networkPolicyPeers")),
			Map.entry("Kafka spec.entityOperator", Set.of("topicOperator", "userOperator", "template")),
			Map.entry("KafkaNodePool spec",
					Set.of("replicas", "storage", "roles", "resources", "jvmOptions", "template")),
			Map.entry("KafkaNodePool spec.storage",
					Set.of("type", "volumes", "size", "class", "deleteClaim", "selector", "kraftMetadata", "id")),
			Map.entry("KafkaNodePool spec.storage.volumes[]",
					Set.of("id", "type", "size", "class", "deleteClaim", "selector", "kraftMetadata", "sizeLimit")),
			Map.entry("KafkaTopic spec", Set.of("topicName", "partitions", "replicas", "config")),
			Map.entry("MongoDBCommunity spec",
					Set.of("members", "type", "version", "arbiters", "featureCompatibilityVersion",
							"replicaSetHorizons", "security", "users", "statefulSet", "agent", "additionalMongodConfig",
							"automationConfig", "prometheus", "additionalConnectionStringConfig", "memberConfig",
							"clusterDomain")),
			Map.entry("MongoDBCommunity spec.security", Set.of("authentication", "tls", "roles")),
			Map.entry("MongoDBCommunity spec.security.authentication",
					Set.of("modes", "agentMode", "agentCertificateSecretRef", "ignoreUnknownUsers")),
			Map.entry("MongoDBCommunity spec.users[]",
					Set.of("name", "db", "passwordSecretRef", "roles", "scramCredentialsSecretName",
							"connectionStringSecretName", "connectionStringSecretNamespace",
							"connectionStringSecretAnnotations", "additionalConnectionStringConfig")),
			Map.entry("MongoDBCommunity spec.statefulSet", Set.of("spec", "metadata")),
			Map.entry("ServiceMonitor spec",
					Set.of("jobLabel", "targetLabels", "podTargetLabels", "endpoints", "selector", "selectorMechanism",
							"namespaceSelector", "sampleLimit", "scrapeProtocols", "fallbackScrapeProtocol",
							"targetLimit", "labelLimit", "labelNameLengthLimit", "labelValueLengthLimit",
							"keepDroppedTargets", "attachMetadata", "scrapeClass", "bodySizeLimit",
							"scrapeClassicHistograms", "nativeHistogramBucketLimit", "nativeHistogramMinBucketFactor",
							"convertClassicHistogramsToNHCB", "serviceDiscoveryRole")),
			Map.entry("ServiceMonitor spec.endpoints[]",
					Set.of("port", "targetPort", "path", "scheme", "params", "interval", "scrapeTimeout", "tlsConfig",
							"bearerTokenFile", "bearerTokenSecret", "authorization", "honorLabels", "honorTimestamps",
							"trackTimestampsStaleness", "basicAuth", "oauth2", "metricRelabelings", "relabelings",
							"proxyUrl", "noProxy", "proxyFromEnvironment", "proxyConnectHeader", "followRedirects",
							"enableHttp2", "filterRunning")));

	private ModelShape() {
	}

	/** What does not belong in this resource, each prefixed with {@code id}. */
	static List<String> problems(String id, HasMetadata resource) {
		List<String> problems = new ArrayList<>();
		if (resource instanceof GenericKubernetesResource custom) {
			String type = custom.getApiVersion() + " " + custom.getKind();
			if (!CUSTOM.contains(type)) {
				problems.add(id + ": " + type + " is no kind this suite checks (a misspelt kind or apiVersion?)");
				return problems;
			}
			unknownFields(custom.getKind(), "", custom.getAdditionalProperties(), problems, id);
		}
		else if (!TYPED.contains(resource.getClass())) {
			problems.add(id + ": " + resource.getApiVersion() + " " + resource.getKind()
					+ " is no kind and version this suite checks");
		}
		walk(resource, id, problems, new IdentityHashMap<>());
		return problems;
	}

	private static void unknownFields(String kind, String path, Object value, List<String> problems, String id) {
		if (value instanceof Map<?, ?> map) {
			Set<String> known = CUSTOM_FIELDS.get(kind + " " + path);
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String field = String.valueOf(entry.getKey());
				if (known != null && !known.contains(field)) {
					problems.add(id + ": unknown field " + (path.isEmpty() ? "" : path + ".") + field);
				}
				unknownFields(kind, path.isEmpty() ? field : path + "." + field, entry.getValue(), problems, id);
			}
		}
		else if (value instanceof Collection<?> items) {
			items.forEach((item) -> unknownFields(kind, path + "[]", item, problems, id));
		}
	}

	private static void walk(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
		if (value == null || seen.put(value, Boolean.TRUE) != null) {
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> walk(item, path + "." + key, problems, seen));
		}
		else if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				walk(item, path + "[" + index++ + "]", problems, seen);
			}
		}
		else if (value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
			walkModel(value, path, problems, seen);
		}
	}

	private static void walkModel(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
					&& !Modifier.isStatic(getter.getModifiers()) && getter.getDeclaringClass() != Object.class) {
				Object field = invoke(getter, value);
				if (getter.getName().equals("getAdditionalProperties")) {
					if (!(value instanceof GenericKubernetesResource) && field instanceof Map<?, ?> unknown
							&& !unknown.isEmpty()) {
						problems.add(path + ": unknown field(s) " + unknown.keySet());
					}
				}
				else {
					walk(field, path + "." + property(getter), problems, seen);
				}
			}
		}
	}

	private static String property(Method getter) {
		String name = getter.getName().substring(3);
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			return null;
		}
	}

}
