package fr.pes21.dla.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTests {

	private static final Map<String, List<String>> DNS = Map.of("dla.example.org", List.of("93.184.215.14"),
			"rebound.example.org", List.of("10.20.30.40"), "half.example.org", List.of("93.184.215.14", "127.0.0.1"),
			"neighbour.example.org", List.of("81.250.10.77"), "metadata.example.org", List.of("169.254.169.254"));

	private static final List<WebhookTargets.Network> OWN_NETWORK = List
		.of(WebhookTargets.Network.of("81.250.10.0", 24));

	private final WebhookTargets production = targets(false, true, Set.of());

	@Test
	void acceptsAnHttpsReceiverWithAPublicAddress() {
		assertThat(this.production.refusal("https://dla.example.org/webhooks/pes21?source=dla")).isEmpty();
	}

	@Test
	void refusesPlainHttpWhereHttpsIsRequired() {
		assertThat(this.production.refusal("http://dla.example.org/webhooks")).contains("must use https");
		assertThat(targets(false, false, Set.of()).refusal("http://dla.example.org/webhooks")).isEmpty();
	}

	@ParameterizedTest(name = "refuses {0}")
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "10.0.0.8", "172.16.0.1", "172.31.255.254", "192.168.1.1",
			"169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "[::1]", "[::]",
			"[fe80::1]", "[fd00:ec2::254]", "[fc00::1]", "[::ffff:10.0.0.1]", "[64:ff9b::a00:1]", "[2002:a00:1::1]",
			"[ff02::1]" })
	void refusesAddressesInsideTheNetwork(String host) {
		assertThat(this.production.refusal("https://" + host + "/hook")).hasValueSatisfying(
				(reason) -> assertThat(reason).startsWith("points at a loopback, private, link-local or reserved"));
	}

	@ParameterizedTest(name = "accepts {0}")
	@ValueSource(strings = { "93.184.215.14", "172.32.0.1", "100.128.0.1", "[2606:2800:220:1:248:1893:25c8:1946]" })
	void acceptsPublicAddresses(String host) {
		assertThat(this.production.refusal("https://" + host + "/hook")).isEmpty();
	}

	@Test
	void refusesANameThatResolvesInsideTheNetwork() {
		assertThat(this.production.refusal("https://rebound.example.org/hook")).isPresent();
		assertThat(this.production.refusal("https://metadata.example.org/latest/meta-data/")).isPresent();
	}

	@Test
	void refusesANameWithOneInternalAddressAmongPublicOnes() {
		assertThat(this.production.refusal("https://half.example.org/hook")).isPresent();
	}

	@Test
	void refusesTheServicesOwnNetwork() {
		assertThat(this.production.refusal("https://neighbour.example.org/hook"))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("points at the service's own network"));
	}

	@Test
	void refusesANameThatDoesNotResolve() {
		assertThat(this.production.refusal("https://nowhere.example.org/hook"))
			.contains("has a host that does not resolve");
	}

	@ParameterizedTest(name = "refuses {0}")
	@ValueSource(strings = { "ftp://dla.example.org/hook", "file:///etc/passwd", "mailto:dla@example.org",
			"//dla.example.org/hook", "/hook", "https://", "https://dla.example.org:99999/hook", "not a url",
			"jar:https://dla.example.org/a.jar!/" })
	void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
		assertThat(this.production.refusal(url)).contains("must be an absolute http or https URL");
	}

	@Test
	void refusesCredentialsInTheUrl() {
		assertThat(this.production.refusal("https://user:password@dla.example.org/hook"))
			.contains("must not carry credentials");
	}

	@Test
	void acceptsAnAllowedHostWhateverItResolvesTo() {
		WebhookTargets targets = targets(false, true, Set.of("rebound.example.org", "127.0.0.1"));

		assertThat(targets.refusal("https://rebound.example.org/hook")).isEmpty();
		assertThat(targets.refusal("https://REBOUND.example.org/hook")).isEmpty();
		assertThat(targets.refusal("https://127.0.0.1:8443/hook")).isEmpty();
		assertThat(targets.refusal("https://10.0.0.8/hook")).isPresent();
		assertThat(targets.refusal("http://127.0.0.1:8443/hook")).contains("must use https");
	}

	@Test
	void acceptsInternalAddressesWhenPrivateTargetsAreAllowed() {
		WebhookTargets local = targets(true, false, Set.of());

		assertThat(local.refusal("http://localhost:9000/hook")).isEmpty();
		assertThat(local.refusal("http://192.168.1.20/hook")).isEmpty();
		assertThat(local.refusal("ftp://localhost/hook")).isPresent();
	}

	private static WebhookTargets targets(boolean allowPrivate, boolean requireHttps, Set<String> allowedHosts) {
		return new WebhookTargets(allowPrivate, requireHttps, allowedHosts, WebhookTargetsTests::resolve, OWN_NETWORK);
	}

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		List<String> addresses = DNS.get(host);
		if (addresses != null) {
			InetAddress[] resolved = new InetAddress[addresses.size()];
			for (int i = 0; i < resolved.length; i++) {
				resolved[i] = InetAddress.getByName(addresses.get(i));
			}
			return resolved;
		}
		if (host.contains(":") || host.matches("[0-9.]+")) {
			// an address literal, which InetAddress reads without any lookup
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		throw new UnknownHostException(host);
	}

}
