package fr.pes21.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.opentest4j.AssertionFailedError;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package boundaries of a module, checked with ArchUnit on its main classes (package
 * by feature, docs/architecture.md "Tests"):
 * <ul>
 * <li>every feature package (a direct subpackage of the module's root package) is
 * declared, with the features it may use: it depends on no other. A new package, or a
 * dependency in a new direction, fails until the table (and the module's README, which
 * states the same directions) says so;</li>
 * <li>nothing outside {@code platform} touches the outbox's internals: a service extends
 * {@value #OUTBOX_AGGREGATE} (its facts are raised with it and read back with its
 * {@code PendingFact}), and leaves the relay, its configuration, its save listener and
 * the aggregate's bookkeeping (its {@code collections}) to the platform. (A constant such
 * as {@code PENDING_REQUEST} is copied into the classes that read it by the compiler, so
 * no rule on classes can see it.)</li>
 * </ul>
 * A module's test reads as its table: <pre>{@code
 * Boundaries.of("fr.pes21.dla")
 *     .feature("structure")
 *     .feature("engineering", "structure")
 *     .feature("webhook")
 *     .check();
 * }</pre>
 */
public final class Boundaries {

	/** The platform's root package: its own code may use anything of it. */
	public static final String PLATFORM = "fr.pes21.platform";

	/** The outbox's package. */
	public static final String OUTBOX = PLATFORM + ".outbox";

	/** What a service extends to record facts through the outbox. */
	public static final String OUTBOX_AGGREGATE = OUTBOX + ".OutboxAggregate";

	/** The outbox's types a service may name: the aggregate and its pending fact. */
	static final Set<String> OUTBOX_API = Set.of(OUTBOX_AGGREGATE, OUTBOX_AGGREGATE + "$PendingFact");

	private final String root;

	private final JavaClasses classes;

	private final Map<String, Set<String>> features = new LinkedHashMap<>();

	private Boundaries(String root, JavaClasses classes) {
		this.root = root;
		this.classes = classes;
	}

	/** The main classes (not the tests) of the module whose root package is given. */
	public static Boundaries of(String rootPackage) {
		// the rules need only the names of what the module's classes use, not their own
		// classes: reading those too (Spring, Kafka...) takes long for nothing
		ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
			.importPackages(rootPackage);
		return of(rootPackage, classes);
	}

	static Boundaries of(String rootPackage, JavaClasses classes) {
		if (classes.isEmpty()) {
			throw new IllegalStateException("No main class found under " + rootPackage);
		}
		return new Boundaries(rootPackage, classes);
	}

	/**
	 * Declares a feature package and the other features it may depend on (none when
	 * {@code mayUse} is empty). The root package itself (the application class, an
	 * auto-configuration) may use every feature.
	 */
	public Boundaries feature(String name, String... mayUse) {
		this.features.put(name, Set.of(mayUse));
		return this;
	}

	/**
	 * Checks the declared directions and the outbox's internals; fails naming what broke.
	 */
	public void check() {
		Set<String> found = this.classes.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith(this.root + "."))
			.map((name) -> name.substring(this.root.length() + 1).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		if (!found.equals(new TreeSet<>(this.features.keySet()))) {
			throw new AssertionFailedError("The feature packages of " + this.root + " are " + found
					+ " but the boundaries declare " + new TreeSet<>(this.features.keySet())
					+ ": declare each feature with the features it may use (and say so in the module's README)");
		}
		for (Map.Entry<String, Set<String>> feature : this.features.entrySet()) {
			for (String allowed : feature.getValue()) {
				if (!this.features.containsKey(allowed)) {
					throw new IllegalArgumentException(feature.getKey() + " may use an undeclared feature " + allowed);
				}
			}
			List<String> forbidden = this.features.keySet()
				.stream()
				.filter((other) -> !other.equals(feature.getKey()) && !feature.getValue().contains(other))
				.map((other) -> this.root + "." + other + "..")
				.toList();
			if (!forbidden.isEmpty()) {
				noClasses().that()
					.resideInAPackage(this.root + "." + feature.getKey() + "..")
					.should()
					.dependOnClassesThat()
					.resideInAnyPackage(forbidden.toArray(String[]::new))
					.because(feature.getKey() + " may use "
							+ (feature.getValue().isEmpty() ? "no other feature"
									: String.join(", ", new TreeSet<>(feature.getValue()))))
					.check(this.classes);
			}
		}
		outboxInternalsAreLeftToThePlatform().check(this.classes);
	}

	/** Nothing outside {@value #PLATFORM} uses the outbox beyond its aggregate. */
	static ArchRule outboxInternalsAreLeftToThePlatform() {
		DescribedPredicate<JavaClass> internals = DescribedPredicate.describe("outbox internals",
				(JavaClass type) -> type.getPackageName().equals(OUTBOX) && !OUTBOX_API.contains(type.getName()));
		return noClasses().that()
			.resideOutsideOfPackage(PLATFORM + "..")
			.should()
			.dependOnClassesThat(internals)
			.orShould()
			.callMethodWhere(DescribedPredicate.describe("OutboxAggregate.collections(..)",
					(JavaMethodCall call) -> call.getTargetOwner().getName().equals(OUTBOX_AGGREGATE)
							&& call.getName().equals("collections")))
			.because("a service extends OutboxAggregate and leaves the relay and the outbox's bookkeeping to the "
					+ "platform (docs/decisions/0005)")
			.allowEmptyShould(true);
	}

}
