package fr.pes21.deployment.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.pes21.deployment.Suite;
import fr.pes21.deployment.SuiteService;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks the resources of a kustomization against the suite as its modules describe it
 * ({@link Suite}): every deployable has its Deployment, Service, ConfigMap,
 * HorizontalPodAutoscaler, PodDisruptionBudget and ServiceMonitor, consistent with each
 * other and with what the service reads; Kafka, its topics and MongoDB are those the
 * services are pointed at; only the gateway is reachable from outside; every Grafana
 * dashboard is deployed. {@link #problems(Manifests)} lists what is wrong, one sentence
 * each, so that a failing build says what to fix.
 */
final class ManifestChecks {

	/** The Secret created outside the repository (docs/operations.md, "Secrets"). */
	static final String SECRETS = "pes21-secrets";

	/** Prometheus' scrape token, which the metrics of every deployable answer only. */
	static final String METRICS_TOKEN = "PES21_METRICS_TOKEN";

	/**
	 * Variables a deployment may set that no {@code application.yaml} reads:
	 * {@code JAVA_TOOL_OPTIONS} is read by the JVM itself.
	 */
	static final Set<String> READ_OUTSIDE_APPLICATION_YAML = Set.of("JAVA_TOOL_OPTIONS");

	/** Namespaces allowed to reach the suite's pods (docs/operations.md, "Deploy"). */
	static final String MONITORING_NAMESPACE = "monitoring";

	static final String INGRESS_NAMESPACE = "ingress-nginx";

	/** A client-side {@code kubectl apply} keeps the whole object in an annotation. */
	static final int MAX_CONFIG_MAP_BYTES = 256 * 1024;

	private static final Pattern SECRET_VARIABLE = Pattern.compile(".*(SECRET|PASSWORD).*|.*_TOKEN|MONGODB_URI");

	private static final Pattern LOCAL_URL = Pattern.compile("https?://localhost:(\\d+)(/.*)?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern MIN_PARTITIONS = Pattern
		.compile("\"spring\\.cloud\\.stream\\.kafka\\.binder\\.min-partition-count\",\\s*\"(\\d+)\"");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CLUSTER_LABEL = "strimzi.io/cluster";

	private final List<SuiteService> services;

	private final List<String> factTopics;

	private final List<String> deadLetterTopics;

	private final int minimumPartitions;

	private final Map<String, Set<String>> readByPlatform;

	private final Optional<String> prometheusJob;

	private final List<String> dashboards;

	ManifestChecks(List<SuiteService> services, List<String> factTopics, List<String> deadLetterTopics,
			int minimumPartitions, Map<String, Set<String>> readByPlatform, Optional<String> prometheusJob,
			List<String> dashboards) {
		this.services = services;
		this.factTopics = factTopics;
		this.deadLetterTopics = deadLetterTopics;
		this.minimumPartitions = minimumPartitions;
		this.readByPlatform = readByPlatform;
		this.prometheusJob = prometheusJob;
		this.dashboards = dashboards;
	}

	/**
	 * The reference of this repository: the suite's services and topics; what
	 * platform-base's {@code SuiteDefaults} and platform's {@code PlatformDefaults} read
	 * from the environment for the deployables that depend on them (the tracing
	 * variables) and the partitions it makes their Kafka binder ask for (the binder's own
	 * default is 1); the job ops/prometheus scrapes the services under; the dashboards of
	 * ops/grafana/dashboards.
	 */
	static ManifestChecks ofSuite() {
		Path root = Suite.root();
		String platformDefaults = read(
				root.resolve("platform/src/main/java/fr/pes21/platform/observability/PlatformDefaults.java"));
		Matcher minimum = MIN_PARTITIONS.matcher(platformDefaults);
		Set<String> platformVariables = new TreeSet<>();
		Matcher variable = PLACEHOLDER.matcher(
				platformDefaults + read(root.resolve("platform-base/src/main/java/fr/pes21/base/SuiteDefaults.java")));
		while (variable.find()) {
			platformVariables.add(variable.group(1));
		}
		Map<String, Set<String>> readByPlatform = new HashMap<>();
		for (SuiteService service : Suite.services()) {
			String pom = read(service.module().resolve("pom.xml"));
			if (pom.contains("<artifactId>platform</artifactId>")
					|| pom.contains("<artifactId>platform-base</artifactId>")) {
				readByPlatform.put(service.name(), platformVariables);
			}
		}
		List<String> dashboards;
		try (Stream<Path> files = Files.list(root.resolve("ops/grafana/dashboards"))) {
			dashboards = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".json"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ManifestChecks(Suite.services(), Suite.topics(), Suite.deadLetterTopics(),
				minimum.find() ? Integer.parseInt(minimum.group(1)) : 1, readByPlatform,
				prometheusJob(root.resolve("ops/prometheus/prometheus.yml")), dashboards);
	}

	private static Optional<String> prometheusJob(Path configuration) {
		if (!Files.exists(configuration)) {
			return Optional.empty();
		}
		JsonNode prometheus = Kustomize.readDocuments(configuration).getFirst();
		for (JsonNode job : prometheus.path("scrape_configs")) {
			if (SuiteService.METRICS_PATH.equals(job.path("metrics_path").asString())) {
				return Optional.of(job.path("job_name").asString());
			}
		}
		return Optional.empty();
	}

	/** The dashboard files that must be deployed. */
	List<String> dashboards() {
		return this.dashboards;
	}

	/** The same checks for other dashboard files. */
	ManifestChecks withDashboards(List<String> dashboards) {
		return new ManifestChecks(this.services, this.factTopics, this.deadLetterTopics, this.minimumPartitions,
				this.readByPlatform, this.prometheusJob, List.copyOf(dashboards));
	}

	/** Everything wrong with these resources, an empty list when nothing is. */
	List<String> problems(Manifests manifests) {
		Context context = new Context(manifests);
		context.problems.addAll(manifests.readProblems());
		Optional<GenericKubernetesResource> kafka = context.single("Kafka");
		Optional<GenericKubernetesResource> mongo = context.single("MongoDBCommunity");
		kafka.ifPresent(context::checkKafka);
		mongo.ifPresent(context::checkMongo);
		for (SuiteService service : this.services) {
			context.checkService(service, kafka, mongo);
		}
		kafka.ifPresent(context::checkTopics);
		context.checkIngress();
		context.checkServiceTypes();
		new NetworkChecks(this.services, manifests, kafka, mongo, context.problems).check();
		context.checkDashboards();
		context.checkConfigMapSizes();
		return context.problems;
	}

	/** One run of the checks over one set of resources. */
	private final class Context {

		private final Manifests manifests;

		private final List<String> problems = new ArrayList<>();

		Context(Manifests manifests) {
			this.manifests = manifests;
		}

		Optional<GenericKubernetesResource> single(String kind) {
			List<GenericKubernetesResource> resources = this.manifests.custom(kind);
			if (resources.size() != 1) {
				this.problems.add("expected one " + kind + ", found " + resources.size());
			}
			return resources.stream().findFirst();
		}

		void checkService(SuiteService service, Optional<GenericKubernetesResource> kafka,
				Optional<GenericKubernetesResource> mongo) {
			String name = service.name();
			Optional<Deployment> deployment = this.manifests.named(Deployment.class, name);
			Optional<Service> kubernetesService = this.manifests.named(Service.class, name);
			Optional<HorizontalPodAutoscaler> autoscaler = this.manifests.named(HorizontalPodAutoscaler.class, name);
			Optional<PodDisruptionBudget> budget = this.manifests.named(PodDisruptionBudget.class, name);
			Optional<GenericKubernetesResource> monitor = this.manifests.custom("ServiceMonitor")
				.stream()
				.filter((resource) -> resource.getMetadata().getName().equals(name))
				.findFirst();
			report(deployment, name + ": no Deployment named " + name);
			report(kubernetesService, name + ": no Service named " + name);
			report(autoscaler, name + ": no HorizontalPodAutoscaler named " + name);
			report(budget, name + ": no PodDisruptionBudget named " + name);
			report(monitor, name + ": no ServiceMonitor named " + name);
			if (deployment.isEmpty()) {
				return;
			}
			Map<String, String> podLabels = podLabels(deployment.get());
			if (!Selectors.matches(deployment.get().getSpec().getSelector(), podLabels)
					|| Selectors.isEmpty(deployment.get().getSpec().getSelector())) {
				this.problems.add(name + ": the Deployment's selector does not select its own pods");
			}
			if (deployment.get().getSpec().getReplicas() != null && autoscaler.isPresent()) {
				this.problems.add(name + ": the Deployment sets spec.replicas while its HorizontalPodAutoscaler owns "
						+ "them (each apply would reset what the autoscaler chose)");
			}
			PodSpec pod = deployment.get().getSpec().getTemplate().getSpec();
			Optional<Container> container = pod.getContainers()
				.stream()
				.filter((candidate) -> candidate.getName().equals(name))
				.findFirst();
			if (container.isEmpty()) {
				this.problems.add(name + ": no container named " + name);
				return;
			}
			Map<String, Integer> ports = namedPorts(container.get());
			checkContainer(service, container.get(), ports);
			checkSecurity(name, pod, container.get());
			checkEnvironment(service, container.get(), kafka, mongo);
			kubernetesService.ifPresent((target) -> checkKubernetesService(service, target, podLabels, ports));
			autoscaler.ifPresent((target) -> checkAutoscaler(service, target));
			budget.ifPresent((target) -> checkBudget(name, target, podLabels, autoscaler));
			monitor.ifPresent(
					(target) -> kubernetesService.ifPresent((monitored) -> checkMonitor(name, target, monitored)));
		}

		private void checkContainer(SuiteService service, Container container, Map<String, Integer> ports) {
			String name = service.name();
			String image = (container.getImage() != null) ? container.getImage() : "";
			String repository = image.split("@")[0].replaceFirst(":[^:/]*$", "");
			if (!repository.equals(name) && !repository.endsWith("/" + name)) {
				this.problems.add(name + ": runs image " + image + ", not an image named " + name);
			}
			if (!ports.containsValue(service.port())) {
				this.problems.add(name + ": the container does not declare port " + service.port());
			}
			checkProbe(name, "readiness", container.getReadinessProbe(), SuiteService.READINESS_PATH, service.port(),
					ports);
			checkProbe(name, "liveness", container.getLivenessProbe(), SuiteService.LIVENESS_PATH, service.port(),
					ports);
			Probe startup = container.getStartupProbe();
			if (startup == null || startup.getHttpGet() == null) {
				this.problems.add(name + ": no startup probe (a slow start would be killed by the liveness probe)");
			}
			else {
				checkProbe(name, "startup", startup, startup.getHttpGet().getPath(), service.port(), ports);
			}
			ResourceRequirements resources = container.getResources();
			Map<String, Quantity> requests = (resources != null && resources.getRequests() != null)
					? resources.getRequests() : Map.of();
			Map<String, Quantity> limits = (resources != null && resources.getLimits() != null) ? resources.getLimits()
					: Map.of();
			if (!requests.containsKey("cpu") || !requests.containsKey("memory") || !limits.containsKey("memory")) {
				this.problems.add(name + ": resources need requests for cpu and memory and a memory limit");
			}
			for (String resource : List.of("cpu", "memory")) {
				if (requests.containsKey(resource) && limits.containsKey(resource)
						&& requests.get(resource)
							.getNumericalAmount()
							.compareTo(limits.get(resource).getNumericalAmount()) > 0) {
					this.problems.add(name + ": requests more " + resource + " than its limit");
				}
			}
		}

		private void checkProbe(String name, String kind, Probe probe, String path, int port,
				Map<String, Integer> ports) {
			if (probe == null || probe.getHttpGet() == null) {
				this.problems.add(name + ": no HTTP " + kind + " probe");
				return;
			}
			if (!path.equals(probe.getHttpGet().getPath())) {
				this.problems
					.add(name + ": the " + kind + " probe asks " + probe.getHttpGet().getPath() + ", not " + path);
			}
			if (Selectors.port(probe.getHttpGet().getPort(), ports) != port) {
				this.problems.add(name + ": the " + kind + " probe does not ask port " + port);
			}
		}

		private void checkSecurity(String name, PodSpec pod, Container container) {
			PodSecurityContext podContext = (pod.getSecurityContext() != null) ? pod.getSecurityContext()
					: new PodSecurityContext();
			SecurityContext context = (container.getSecurityContext() != null) ? container.getSecurityContext()
					: new SecurityContext();
			if (!Boolean.TRUE.equals(context.getRunAsNonRoot()) && !Boolean.TRUE.equals(podContext.getRunAsNonRoot())) {
				this.problems.add(name + ": runAsNonRoot is not set");
			}
			String seccomp = (context.getSeccompProfile() != null) ? context.getSeccompProfile().getType()
					: (podContext.getSeccompProfile() != null) ? podContext.getSeccompProfile().getType() : null;
			if (!"RuntimeDefault".equals(seccomp)) {
				this.problems.add(name + ": the seccomp profile is not RuntimeDefault");
			}
			if (!Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
				this.problems.add(name + ": allowPrivilegeEscalation is not false");
			}
			if (!Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
				this.problems.add(name + ": the root file system is not read-only");
			}
			if (context.getCapabilities() == null || context.getCapabilities().getDrop() == null
					|| !context.getCapabilities().getDrop().contains("ALL")) {
				this.problems.add(name + ": capabilities are not all dropped");
			}
			boolean writableTmp = container.getVolumeMounts() != null && container.getVolumeMounts()
				.stream()
				.filter((mount) -> "/tmp".equals(mount.getMountPath()))
				.anyMatch((mount) -> pod.getVolumes()
					.stream()
					.filter((volume) -> volume.getName().equals(mount.getName()))
					.map(Volume::getEmptyDir)
					.anyMatch(Objects::nonNull));
			if (!writableTmp) {
				this.problems.add(name + ": no emptyDir mounted at /tmp (the root file system is read-only)");
			}
		}

		private void checkEnvironment(SuiteService service, Container container,
				Optional<GenericKubernetesResource> kafka, Optional<GenericKubernetesResource> mongo) {
			String name = service.name();
			Map<String, Setting> settings = settings(name, container);
			if (this.manifests.configMap(name).isEmpty()) {
				this.problems.add(name + ": no ConfigMap named " + name);
			}
			if (!settings.containsKey(METRICS_TOKEN)) {
				this.problems.add(name + ": set " + METRICS_TOKEN + " from the Secret " + SECRETS
						+ ": its metrics answer that token only");
			}
			for (String required : service.requiredVariables()) {
				if (!settings.containsKey(required)) {
					this.problems.add(name + ": reads " + required
							+ ", which has no usable default and is set by neither its ConfigMap nor a Secret");
				}
			}
			settings.forEach((variable, setting) -> {
				if (!service.variables().containsKey(variable) && !READ_OUTSIDE_APPLICATION_YAML.contains(variable)
						&& !ManifestChecks.this.readByPlatform.getOrDefault(name, Set.of()).contains(variable)) {
					this.problems.add(name + ": sets " + variable + ", which its application.yaml does not read");
				}
				boolean secret = SECRET_VARIABLE.matcher(variable).matches();
				if (secret && setting.kind() != Setting.Kind.SECRET) {
					this.problems.add(name + ": " + variable + " must come from a Secret, not from a "
							+ setting.kind().name().toLowerCase().replace('_', ' '));
				}
				if (setting.kind() == Setting.Kind.SECRET && !"MONGODB_URI".equals(variable)
						&& !(SECRETS.equals(setting.source()) && variable.equals(setting.key()))) {
					this.problems.add(name + ": " + variable + " must come from the key " + variable + " of the Secret "
							+ SECRETS + " (the one docs/operations.md creates), not " + setting.source() + "/"
							+ setting.key());
				}
			});
			Setting bootstrap = settings.get("KAFKA_BOOTSTRAP_SERVERS");
			if (bootstrap != null && kafka.isPresent()) {
				checkBootstrapServers(name, bootstrap, kafka.get());
			}
			Setting mongoUri = settings.get("MONGODB_URI");
			if (mongoUri != null && mongo.isPresent() && mongoUri.kind() == Setting.Kind.SECRET) {
				checkMongoUri(service, mongoUri, mongo.get());
			}
			service.variables().forEach((variable, fallback) -> {
				Matcher local = (fallback != null) ? LOCAL_URL.matcher(fallback) : null;
				if (local != null && local.matches() && settings.containsKey(variable)) {
					int port = Integer.parseInt(local.group(1));
					ManifestChecks.this.services.stream()
						.filter((target) -> target.port() == port)
						.findFirst()
						.ifPresent((target) -> checkServiceUrl(name, variable, settings.get(variable), target));
				}
			});
		}

		/** Every variable the container gets, and where from. */
		private Map<String, Setting> settings(String name, Container container) {
			Map<String, Setting> settings = new LinkedHashMap<>();
			for (EnvFromSource source : nonNull(container.getEnvFrom())) {
				if (source.getConfigMapRef() != null) {
					Optional<ConfigMap> configMap = this.manifests.named(ConfigMap.class,
							source.getConfigMapRef().getName());
					if (configMap.isEmpty()) {
						this.problems.add(name + ": envFrom names ConfigMap " + source.getConfigMapRef().getName()
								+ ", which is not deployed");
					}
					configMap.ifPresent((found) -> nonNull(found.getData()).forEach((key, value) -> {
						if (SECRET_VARIABLE.matcher(key).matches()) {
							this.problems.add(name + ": its ConfigMap " + found.getMetadata().getName() + " holds "
									+ key + ", a secret, in plain text");
						}
						settings.put(key,
								new Setting(Setting.Kind.CONFIG_MAP, found.getMetadata().getName(), key, value));
					}));
				}
				if (source.getSecretRef() != null) {
					this.problems.add(name + ": envFrom takes the whole Secret " + source.getSecretRef().getName()
							+ "; take each variable by its key (env.valueFrom.secretKeyRef)");
				}
			}
			for (EnvVar variable : nonNull(container.getEnv())) {
				if (settings.containsKey(variable.getName())) {
					this.problems.add(name + ": " + variable.getName() + " is set twice, by env and by its ConfigMap");
				}
				if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
					var reference = variable.getValueFrom().getSecretKeyRef();
					settings.put(variable.getName(),
							new Setting(Setting.Kind.SECRET, reference.getName(), reference.getKey(), null));
				}
				else if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
					var reference = variable.getValueFrom().getConfigMapKeyRef();
					String value = this.manifests.named(ConfigMap.class, reference.getName())
						.map((configMap) -> nonNull(configMap.getData()).get(reference.getKey()))
						.orElse(null);
					if (value == null) {
						this.problems.add(name + ": " + variable.getName() + " names the key " + reference.getKey()
								+ " of ConfigMap " + reference.getName() + ", which does not exist");
					}
					settings.put(variable.getName(),
							new Setting(Setting.Kind.CONFIG_MAP, reference.getName(), reference.getKey(), value));
				}
				else if (variable.getValueFrom() == null) {
					settings.put(variable.getName(),
							new Setting(Setting.Kind.LITERAL, null, null, variable.getValue()));
				}
			}
			return settings;
		}

		private void checkBootstrapServers(String name, Setting bootstrap, GenericKubernetesResource kafka) {
			String service = kafka.getMetadata().getName() + "-kafka-bootstrap";
			List<Integer> plainPorts = listeners(kafka).stream()
				.filter((listener) -> Boolean.FALSE.equals(listener.get("tls")))
				.map((listener) -> ((Number) listener.get("port")).intValue())
				.toList();
			String value = (bootstrap.value() != null) ? bootstrap.value() : "";
			for (String server : value.split(",")) {
				String[] hostAndPort = server.strip().split(":");
				boolean bootstrapHost = hostAndPort[0].equals(service) || hostAndPort[0].startsWith(service + ".");
				if (!bootstrapHost || hostAndPort.length != 2
						|| !plainPorts.contains(Integer.parseInt(hostAndPort[1]))) {
					this.problems.add(name + ": KAFKA_BOOTSTRAP_SERVERS is " + value + ", not " + service
							+ " on a plain listener port of the Kafka resource " + plainPorts);
				}
			}
		}

		private void checkMongoUri(SuiteService service, Setting uri, GenericKubernetesResource mongo) {
			String database = database(service.variables().get("MONGODB_URI"));
			Optional<Map<String, Object>> user = users(mongo).stream()
				.filter((candidate) -> uri.source().equals(connectionStringSecret(mongo, candidate)))
				.findFirst();
			if (user.isEmpty()) {
				this.problems.add(service.name() + ": MONGODB_URI comes from Secret " + uri.source()
						+ ", which is the connection string of no user of MongoDBCommunity "
						+ mongo.getMetadata().getName());
				return;
			}
			if (!Set.of("connectionString.standard", "connectionString.standardSrv").contains(uri.key())) {
				this.problems.add(service.name() + ": MONGODB_URI comes from key " + uri.key()
						+ ", not connectionString.standard(Srv)");
			}
			if (!database.equals(user.get().get("db"))) {
				this.problems.add(service.name() + ": MONGODB_URI is the connection string of a user of database "
						+ user.get().get("db") + " (its path), but the service's database is " + database);
			}
			boolean writes = maps(user.get().get("roles")).stream()
				.anyMatch((role) -> database.equals(role.get("db"))
						&& Set.of("readWrite", "dbOwner").contains(String.valueOf(role.get("name"))));
			if (!writes) {
				this.problems.add(service.name() + ": its MongoDB user cannot write database " + database);
			}
		}

		/** A variable whose default is the local address of another deployable. */
		private void checkServiceUrl(String name, String variable, Setting setting, SuiteService target) {
			URI uri = URI.create((setting.value() != null) ? setting.value() : "");
			boolean pointsAtTarget = uri.getHost() != null
					&& (uri.getHost().equals(target.name()) || uri.getHost().startsWith(target.name() + "."))
					&& uri.getPort() == target.port();
			if (!pointsAtTarget) {
				this.problems.add(name + ": " + variable + " is " + setting.value() + ", not the Service "
						+ target.name() + " on port " + target.port());
			}
		}

		private void checkKubernetesService(SuiteService service, Service kubernetesService,
				Map<String, String> podLabels, Map<String, Integer> containerPorts) {
			String name = service.name();
			Map<String, String> selector = kubernetesService.getSpec().getSelector();
			if (!Selectors.matches(selector, podLabels)) {
				this.problems
					.add(name + ": the Service's selector " + selector + " does not select the Deployment's pods");
			}
			for (Deployment other : this.manifests.deployments()) {
				if (!other.getMetadata().getName().equals(name) && Selectors.matches(selector, podLabels(other))) {
					this.problems.add(name + ": the Service's selector also selects the pods of "
							+ other.getMetadata().getName());
				}
			}
			boolean served = nonNull(kubernetesService.getSpec().getPorts()).stream()
				.anyMatch((port) -> port.getPort() == service.port()
						&& Selectors.port(port.getTargetPort(), containerPorts) == service.port());
			if (!served) {
				this.problems.add(name + ": the Service does not forward port " + service.port()
						+ " to the container's port " + service.port());
			}
		}

		private void checkAutoscaler(SuiteService service, HorizontalPodAutoscaler autoscaler) {
			String name = service.name();
			var target = autoscaler.getSpec().getScaleTargetRef();
			if (!"Deployment".equals(target.getKind()) || !name.equals(target.getName())
					|| !"apps/v1".equals(target.getApiVersion())) {
				this.problems.add(name + ": the HorizontalPodAutoscaler scales " + target.getApiVersion() + " "
						+ target.getKind() + " " + target.getName() + ", not its Deployment");
			}
			int minimum = (autoscaler.getSpec().getMinReplicas() != null) ? autoscaler.getSpec().getMinReplicas() : 1;
			int maximum = autoscaler.getSpec().getMaxReplicas();
			if (minimum < 1 || maximum < minimum) {
				this.problems
					.add(name + ": the HorizontalPodAutoscaler's range " + minimum + ".." + maximum + " is empty");
			}
			boolean cpu = nonNull(autoscaler.getSpec().getMetrics()).stream()
				.anyMatch((metric) -> metric.getResource() != null && "cpu".equals(metric.getResource().getName()));
			if (!cpu) {
				this.problems.add(name + ": the HorizontalPodAutoscaler does not follow CPU");
			}
			for (String topic : service.consumedTopics()) {
				kafkaTopic(topic).map((resource) -> integer(spec(resource).get("partitions")))
					.ifPresent((partitions) -> {
						if (maximum > partitions) {
							this.problems.add(name + ": may scale to " + maximum + " replicas but consumes " + topic
									+ ", which has " + partitions + " partitions: the replicas beyond would have no "
									+ "partition to read (add partitions first, docs/operations.md)");
						}
					});
			}
		}

		private void checkBudget(String name, PodDisruptionBudget budget, Map<String, String> podLabels,
				Optional<HorizontalPodAutoscaler> autoscaler) {
			if (!Selectors.matches(budget.getSpec().getSelector(), podLabels)
					|| Selectors.isEmpty(budget.getSpec().getSelector())) {
				this.problems.add(name + ": the PodDisruptionBudget does not select the Deployment's pods");
			}
			for (Deployment other : this.manifests.deployments()) {
				if (!other.getMetadata().getName().equals(name)
						&& Selectors.matches(budget.getSpec().getSelector(), podLabels(other))) {
					this.problems.add(name + ": the PodDisruptionBudget also selects the pods of "
							+ other.getMetadata().getName());
				}
			}
			IntOrString maxUnavailable = budget.getSpec().getMaxUnavailable();
			IntOrString minAvailable = budget.getSpec().getMinAvailable();
			int minimum = autoscaler.map(HorizontalPodAutoscaler::getSpec)
				.map((spec) -> (spec.getMinReplicas() != null) ? spec.getMinReplicas() : 1)
				.orElse(1);
			boolean evictable = (maxUnavailable != null) ? !isZero(maxUnavailable)
					: (minAvailable != null && minAvailable.getIntVal() != null && minAvailable.getIntVal() < minimum);
			if (!evictable) {
				this.problems.add(name + ": the PodDisruptionBudget lets no pod be evicted at the minimum of " + minimum
						+ " replica(s): node drains would block");
			}
		}

		private void checkMonitor(String name, GenericKubernetesResource monitor, Service kubernetesService) {
			Map<String, Object> spec = spec(monitor);
			Map<String, Object> selector = map(spec.get("selector"));
			@SuppressWarnings("unchecked")
			Map<String, String> matchLabels = (Map<String, String>) (Map<?, ?>) map(selector.get("matchLabels"));
			if (!Selectors.matches(matchLabels, kubernetesService.getMetadata().getLabels())) {
				this.problems.add(name + ": the ServiceMonitor's selector does not select the Service " + name);
			}
			for (Service other : this.manifests.services()) {
				if (!other.getMetadata().getName().equals(name)
						&& Selectors.matches(matchLabels, other.getMetadata().getLabels())) {
					this.problems
						.add(name + ": the ServiceMonitor also selects the Service " + other.getMetadata().getName());
				}
			}
			Set<String> portNames = new HashSet<>();
			nonNull(kubernetesService.getSpec().getPorts()).stream()
				.map(ServicePort::getName)
				.filter(Objects::nonNull)
				.forEach(portNames::add);
			boolean scraped = maps(spec.get("endpoints")).stream()
				.anyMatch((endpoint) -> portNames.contains(String.valueOf(endpoint.get("port")))
						&& SuiteService.METRICS_PATH.equals(endpoint.get("path")));
			if (!scraped) {
				this.problems
					.add(name + ": the ServiceMonitor scrapes no port of the Service at " + SuiteService.METRICS_PATH);
			}
			for (Map<String, Object> endpoint : maps(spec.get("endpoints"))) {
				Map<String, Object> authorization = map(endpoint.get("authorization"));
				Map<String, Object> credentials = map(authorization.get("credentials"));
				if (SuiteService.METRICS_PATH.equals(endpoint.get("path"))
						&& !(SECRETS.equals(credentials.get("name")) && METRICS_TOKEN.equals(credentials.get("key"))
								&& "Bearer".equals(authorization.getOrDefault("type", "Bearer")))) {
					this.problems.add(name + ": the ServiceMonitor must scrape with the token its metrics answer: "
							+ "authorization: {type: Bearer, credentials: {name: " + SECRETS + ", key: " + METRICS_TOKEN
							+ "}}");
				}
			}
			ManifestChecks.this.prometheusJob.ifPresent((job) -> {
				Object jobLabel = spec.get("jobLabel");
				String value = (jobLabel != null) ? nonNull(kubernetesService.getMetadata().getLabels()).get(jobLabel)
						: name;
				if (!job.equals(value)) {
					this.problems
						.add(name + ": scraped under job " + value + ", but ops/prometheus and its alerts use job "
								+ job + " (set the ServiceMonitor's jobLabel to a Service label of that value)");
				}
			});
		}

		void checkKafka(GenericKubernetesResource kafka) {
			String name = kafka.getMetadata().getName();
			Map<String, String> annotations = nonNull(kafka.getMetadata().getAnnotations());
			if (!"enabled".equals(annotations.get("strimzi.io/kraft"))
					|| !"enabled".equals(annotations.get("strimzi.io/node-pools"))) {
				this.problems
					.add("Kafka " + name + ": not annotated strimzi.io/kraft and strimzi.io/node-pools enabled");
			}
			List<GenericKubernetesResource> pools = nodePools(name);
			if (pools.isEmpty()) {
				this.problems.add("Kafka " + name + ": no KafkaNodePool labelled " + CLUSTER_LABEL + "=" + name);
			}
			Set<String> roles = new HashSet<>();
			for (GenericKubernetesResource pool : pools) {
				Map<String, Object> spec = spec(pool);
				nonNull((List<?>) spec.get("roles")).forEach((role) -> roles.add(String.valueOf(role)));
				Map<String, Object> storage = map(spec.get("storage"));
				List<Map<String, Object>> volumes = "jbod".equals(storage.get("type")) ? maps(storage.get("volumes"))
						: List.of(storage);
				boolean persistent = !volumes.isEmpty() && volumes.stream()
					.allMatch((volume) -> "persistent-claim".equals(volume.get("type"))
							&& Boolean.FALSE.equals(volume.getOrDefault("deleteClaim", false)));
				if (!persistent) {
					this.problems.add("KafkaNodePool " + pool.getMetadata().getName()
							+ ": storage must be persistent claims kept when the cluster is deleted (deleteClaim false)");
				}
			}
			if (!roles.containsAll(Set.of("controller", "broker"))) {
				this.problems.add("Kafka " + name + ": its node pools have roles " + roles
						+ ", KRaft needs controllers and brokers");
			}
			int brokers = brokers(name);
			Map<String, Object> config = map(map(spec(kafka).get("kafka")).get("config"));
			for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
					"transaction.state.log.replication.factor")) {
				if (config.containsKey(factor) && integer(config.get(factor)) > brokers) {
					this.problems.add("Kafka " + name + ": " + factor + " " + config.get(factor) + " exceeds its "
							+ brokers + " broker(s)");
				}
			}
			if (config.containsKey("min.insync.replicas") && config.containsKey("default.replication.factor")
					&& !insyncFits(integer(config.get("min.insync.replicas")),
							integer(config.get("default.replication.factor")))) {
				this.problems.add("Kafka " + name + ": min.insync.replicas must stay below the replication factor "
						+ "(or both 1), or one broker down refuses every write");
			}
		}

		void checkTopics(GenericKubernetesResource kafka) {
			String cluster = kafka.getMetadata().getName();
			int brokers = brokers(cluster);
			Object defaultInsync = map(map(spec(kafka).get("kafka")).get("config")).get("min.insync.replicas");
			List<String> expected = new ArrayList<>(ManifestChecks.this.factTopics);
			expected.addAll(ManifestChecks.this.deadLetterTopics);
			for (String topic : expected) {
				if (kafkaTopic(topic).isEmpty()) {
					this.problems.add("topic " + topic + ": no KafkaTopic");
				}
			}
			for (GenericKubernetesResource resource : this.manifests.custom("KafkaTopic")) {
				String topic = topicName(resource);
				String id = "KafkaTopic " + resource.getMetadata().getName();
				if (!expected.contains(topic)) {
					this.problems.add(id + ": " + topic + " is no topic of the suite (event-contracts' Topics)");
				}
				if (!cluster.equals(nonNull(resource.getMetadata().getLabels()).get(CLUSTER_LABEL))) {
					this.problems.add(id + ": not labelled " + CLUSTER_LABEL + "=" + cluster);
				}
				Map<String, Object> spec = spec(resource);
				int partitions = integer(spec.get("partitions"));
				int replicas = integer(spec.get("replicas"));
				Map<String, Object> config = map(spec.get("config"));
				if (ManifestChecks.this.factTopics.contains(topic)
						&& partitions < ManifestChecks.this.minimumPartitions) {
					this.problems.add(id + ": " + partitions + " partitions, the services' Kafka binder asks for "
							+ ManifestChecks.this.minimumPartitions + " and would add them behind Strimzi");
				}
				if (replicas < 1 || replicas > brokers) {
					this.problems.add(id + ": " + replicas + " replicas on " + brokers + " broker(s)");
				}
				Object insync = config.getOrDefault("min.insync.replicas", defaultInsync);
				if (insync != null && !insyncFits(integer(insync), replicas)) {
					this.problems.add(id + ": min.insync.replicas " + insync + " with " + replicas
							+ " replicas: one broker down would refuse every write");
				}
				if (ManifestChecks.this.factTopics.contains(topic)) {
					if (!"-1".equals(String.valueOf(config.get("retention.ms")))) {
						this.problems.add(id + ": a fact topic must keep its records forever (retention.ms -1), "
								+ "the read models are rebuilt from it");
					}
					if (config.containsKey("cleanup.policy") && !"delete".equals(config.get("cleanup.policy"))) {
						this.problems.add(id + ": a fact topic must not be compacted (one fact per key would be left)");
					}
				}
			}
		}

		void checkMongo(GenericKubernetesResource mongo) {
			String id = "MongoDBCommunity " + mongo.getMetadata().getName();
			Map<String, Object> spec = spec(mongo);
			int members = integer(spec.get("members"));
			if (!"ReplicaSet".equals(spec.get("type")) || members < 1 || members % 2 == 0) {
				this.problems.add(id + ": must be a replica set of an odd number of members, not " + members
						+ " (an even one adds no fault tolerance)");
			}
			if (!String.valueOf(spec.get("version")).startsWith("8.")) {
				this.problems.add(id + ": version " + spec.get("version") + " is not MongoDB 8");
			}
			List<?> modes = (List<?>) map(map(spec.get("security")).get("authentication")).get("modes");
			if (modes == null || modes.stream().noneMatch((mode) -> String.valueOf(mode).startsWith("SCRAM"))) {
				this.problems.add(id + ": SCRAM authentication is not enabled");
			}
			Set<String> secrets = new HashSet<>();
			for (Map<String, Object> user : users(mongo)) {
				if (map(user.get("passwordSecretRef")).get("name") == null) {
					this.problems.add(id + ": user " + user.get("name") + " has no passwordSecretRef");
				}
				if (!secrets.add(connectionStringSecret(mongo, user))) {
					this.problems.add(id + ": two users share the connection string Secret "
							+ connectionStringSecret(mongo, user));
				}
			}
		}

		void checkIngress() {
			Optional<SuiteService> gateway = ManifestChecks.this.services.stream()
				.filter(SuiteService::isGateway)
				.findFirst();
			boolean routed = false;
			for (Ingress ingress : this.manifests.ingresses()) {
				String id = "Ingress " + ingress.getMetadata().getName();
				for (IngressRule rule : nonNull(ingress.getSpec().getRules())) {
					for (HTTPIngressPath path : (rule.getHttp() != null) ? nonNull(rule.getHttp().getPaths())
							: List.<HTTPIngressPath>of()) {
						IngressServiceBackend backend = path.getBackend().getService();
						boolean toGateway = backend != null && gateway.isPresent()
								&& backend.getName().equals(gateway.get().name())
								&& servicePort(backend.getName(), backend.getPort().getName(),
										backend.getPort().getNumber()) == gateway.get().port();
						if (!toGateway) {
							this.problems.add(id + ": routes " + path.getPath() + " to "
									+ ((backend != null) ? backend.getName() : "a resource")
									+ ", not to the gateway: only the gateway may be exposed");
						}
						routed |= toGateway;
						boolean everything = "/".equals(path.getPath()) && !"Exact".equals(path.getPathType());
						if (everything || path.getPath().startsWith("/actuator")) {
							this.problems.add(id + ": exposes the gateway's /actuator endpoints (path " + path.getPath()
									+ " " + path.getPathType() + ")");
						}
					}
				}
				if (ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty()) {
					this.problems.add(id + ": no TLS");
				}
			}
			if (!routed) {
				this.problems.add("no Ingress routes to the gateway");
			}
		}

		void checkServiceTypes() {
			for (Service service : this.manifests.services()) {
				String type = service.getSpec().getType();
				if (type != null && !"ClusterIP".equals(type)) {
					this.problems.add("Service " + service.getMetadata().getName() + ": type " + type
							+ " exposes it outside the cluster; only the Ingress may");
				}
			}
		}

		void checkDashboards() {
			Set<String> deployed = new HashSet<>();
			Set<String> dataSources = new HashSet<>();
			for (ConfigMap configMap : this.manifests.configMaps()) {
				Map<String, String> labels = nonNull(configMap.getMetadata().getLabels());
				if ("1".equals(labels.get("grafana_dashboard"))) {
					deployed.addAll(nonNull(configMap.getData()).keySet());
				}
				if ("1".equals(labels.get("grafana_datasource"))) {
					nonNull(configMap.getData()).values()
						.forEach((provisioning) -> YAML.readTree(provisioning)
							.path("datasources")
							.forEach((dataSource) -> dataSources.add(dataSource.path("uid").asString())));
				}
			}
			for (String dashboard : ManifestChecks.this.dashboards) {
				if (!deployed.contains(dashboard)) {
					this.problems
						.add("dashboard " + dashboard + " is not deployed: list it in ops/grafana/kustomization.yaml");
				}
			}
			for (ConfigMap configMap : this.manifests.configMaps()) {
				if ("1".equals(nonNull(configMap.getMetadata().getLabels()).get("grafana_dashboard"))) {
					nonNull(configMap.getData()).forEach((file, dashboard) -> {
						for (String uid : dataSourceUids(JSON.readTree(dashboard))) {
							if (!dataSources.contains(uid)) {
								this.problems.add("dashboard " + file + ": data source " + uid
										+ " is provisioned by no ConfigMap labelled grafana_datasource");
							}
						}
					});
				}
			}
		}

		void checkConfigMapSizes() {
			for (ConfigMap configMap : this.manifests.configMaps()) {
				int bytes = nonNull(configMap.getData()).entrySet()
					.stream()
					.mapToInt((entry) -> entry.getKey().length()
							+ entry.getValue().getBytes(StandardCharsets.UTF_8).length)
					.sum();
				if (bytes > MAX_CONFIG_MAP_BYTES) {
					this.problems.add("ConfigMap " + configMap.getMetadata().getName() + ": " + bytes
							+ " bytes, more than a client-side kubectl apply can store (" + MAX_CONFIG_MAP_BYTES + ")");
				}
			}
		}

		private int servicePort(String serviceName, String portName, Integer portNumber) {
			return this.manifests.named(Service.class, serviceName)
				.stream()
				.flatMap((service) -> nonNull(service.getSpec().getPorts()).stream())
				.filter((port) -> (portName != null) ? portName.equals(port.getName())
						: Objects.equals(portNumber, port.getPort()))
				.map(ServicePort::getPort)
				.findFirst()
				.orElse(-1);
		}

		private Optional<GenericKubernetesResource> kafkaTopic(String topic) {
			return this.manifests.custom("KafkaTopic")
				.stream()
				.filter((resource) -> topic.equals(topicName(resource)))
				.findFirst();
		}

		private List<GenericKubernetesResource> nodePools(String cluster) {
			return this.manifests.custom("KafkaNodePool")
				.stream()
				.filter((pool) -> cluster.equals(nonNull(pool.getMetadata().getLabels()).get(CLUSTER_LABEL)))
				.toList();
		}

		private int brokers(String cluster) {
			return nodePools(cluster).stream()
				.filter((pool) -> nonNull((List<?>) spec(pool).get("roles")).contains("broker"))
				.mapToInt((pool) -> integer(spec(pool).get("replicas")))
				.sum();
		}

		private <T> void report(Optional<T> resource, String problem) {
			if (resource.isEmpty()) {
				this.problems.add(problem);
			}
		}

	}

	/** Where a variable of a container comes from. */
	record Setting(Kind kind, String source, String key, String value) {

		enum Kind {

			CONFIG_MAP, SECRET, LITERAL

		}

	}

	/**
	 * The uids of the data sources a dashboard names, Grafana's own and variables aside.
	 */
	private static Set<String> dataSourceUids(JsonNode node) {
		Set<String> uids = new TreeSet<>();
		if (node.isObject()) {
			JsonNode dataSource = node.path("datasource");
			String uid = dataSource.path("uid").asString("");
			if (!uid.isEmpty() && !uid.startsWith("$") && !"grafana".equals(dataSource.path("type").asString())) {
				uids.add(uid);
			}
		}
		node.forEach((child) -> uids.addAll(dataSourceUids(child)));
		return uids;
	}

	static Map<String, String> podLabels(Deployment deployment) {
		return nonNull(deployment.getSpec().getTemplate().getMetadata().getLabels());
	}

	private static Map<String, Integer> namedPorts(Container container) {
		Map<String, Integer> ports = new HashMap<>();
		for (ContainerPort port : nonNull(container.getPorts())) {
			ports.put((port.getName() != null) ? port.getName() : String.valueOf(port.getContainerPort()),
					port.getContainerPort());
		}
		return ports;
	}

	static List<Map<String, Object>> listeners(GenericKubernetesResource kafka) {
		return maps(map(spec(kafka).get("kafka")).get("listeners"));
	}

	static List<Map<String, Object>> users(GenericKubernetesResource mongo) {
		return maps(spec(mongo).get("users"));
	}

	/** The Secret the MongoDB operator writes a user's connection strings to. */
	static String connectionStringSecret(GenericKubernetesResource mongo, Map<String, Object> user) {
		Object explicit = user.get("connectionStringSecretName");
		if (explicit != null) {
			return String.valueOf(explicit);
		}
		return (mongo.getMetadata().getName() + "-" + user.getOrDefault("db", "admin") + "-" + user.get("name"))
			.toLowerCase()
			.replaceAll("[^a-z0-9-]+", "-");
	}

	private static String database(String uri) {
		String path = URI.create(uri).getPath();
		return (path != null && path.length() > 1) ? path.substring(1) : "test";
	}

	private static String topicName(GenericKubernetesResource topic) {
		Object name = spec(topic).get("topicName");
		return (name != null) ? String.valueOf(name) : topic.getMetadata().getName();
	}

	private static boolean insyncFits(int insync, int replicas) {
		return insync >= 1 && ((replicas == 1) ? insync == 1 : insync < replicas);
	}

	private static boolean isZero(IntOrString value) {
		return (value.getIntVal() != null) ? value.getIntVal() == 0 : "0%".equals(value.getStrVal());
	}

	static Map<String, Object> spec(GenericKubernetesResource resource) {
		return map(resource.getAdditionalProperties().get("spec"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	static List<Map<String, Object>> maps(Object value) {
		return (value instanceof List<?> list) ? list.stream().map(ManifestChecks::map).toList() : List.of();
	}

	static int integer(Object value) {
		return (value instanceof Number number) ? number.intValue()
				: (value != null) ? Integer.parseInt(String.valueOf(value)) : 0;
	}

	static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

	static <K, V> Map<K, V> nonNull(Map<K, V> map) {
		return (map != null) ? map : Map.of();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
