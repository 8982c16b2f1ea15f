package fr.pes21.dla.webhook;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs a webhook may be sent to: the guard against server-side request forgery. A
 * subscription's URL must be an absolute http(s) URL without credentials, https unless
 * configured otherwise, and its host must resolve only to public addresses: never
 * loopback, unspecified, link-local (cloud metadata services live there), private,
 * unique-local, carrier-grade NAT, multicast or reserved ranges, nor the networks of the
 * service's own interfaces. Hosts of the allow-list skip the address check; the
 * {@code local} profile and tests may allow internal addresses altogether.
 * <p>
 * The check runs when a subscription is created and again before every attempt, so a name
 * that later resolves inside the network (DNS rebinding) is caught at send time.
 */
final class WebhookTargets {

	/** IPv4 ranges that are not the public Internet, beyond what InetAddress knows. */
	private static final List<Network> RESERVED_IPV4 = List.of(Network.of("0.0.0.0", 8), Network.of("100.64.0.0", 10),
			Network.of("192.0.0.0", 24), Network.of("192.0.2.0", 24), Network.of("198.18.0.0", 15),
			Network.of("198.51.100.0", 24), Network.of("203.0.113.0", 24), Network.of("240.0.0.0", 4));

	private final boolean allowPrivateTargets;

	private final boolean requireHttps;

	private final Set<String> allowedHosts;

	private final Resolver resolver;

	private final List<Network> ownNetworks;

	WebhookTargets(boolean allowPrivateTargets, boolean requireHttps, Set<String> allowedHosts, Resolver resolver,
			List<Network> ownNetworks) {
		this.allowPrivateTargets = allowPrivateTargets;
		this.requireHttps = requireHttps;
		this.allowedHosts = allowedHosts;
		this.resolver = resolver;
		this.ownNetworks = List.copyOf(ownNetworks);
	}

	static WebhookTargets of(WebhookSettings settings) {
		return new WebhookTargets(settings.allowPrivateTargets(), settings.requireHttps(), settings.allowedHosts(),
				InetAddress::getAllByName, Network.ofOwnInterfaces());
	}

	/**
	 * Why this URL may not receive webhooks, or empty when it may. The reason is a fixed
	 * sentence that never repeats the URL.
	 */
	Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("must be an absolute http or https URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null
				|| !(scheme.equals("http") || scheme.equals("https")) || uri.getPort() == 0 || uri.getPort() > 65535) {
			return Optional.of("must be an absolute http or https URL");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry credentials");
		}
		if (this.requireHttps && !scheme.equals("https")) {
			return Optional.of("must use https");
		}
		String host = hostOf(uri);
		if (this.allowPrivateTargets || this.allowedHosts.contains(host)) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("has a host that does not resolve");
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				return Optional.of("points at a loopback, private, link-local or reserved address; "
						+ "add the host to pes21.webhooks.allowed-hosts if it is trusted");
			}
			if (this.ownNetworks.stream().anyMatch((network) -> network.contains(address))) {
				return Optional.of("points at the service's own network; "
						+ "add the host to pes21.webhooks.allowed-hosts if it is trusted");
			}
		}
		return Optional.empty();
	}

	private static String hostOf(URI uri) {
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		// [::1] names the IPv6 address ::1
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	static boolean isInternal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return RESERVED_IPV4.stream().anyMatch((network) -> network.contains(address));
		}
		if (address instanceof Inet6Address) {
			if ((bytes[0] & 0xfe) == 0xfc) {
				// fc00::/7, unique local addresses
				return true;
			}
			Optional<InetAddress> embedded = embeddedIpv4(bytes);
			return embedded.isPresent() && isInternal(embedded.get());
		}
		return false;
	}

	/**
	 * The IPv4 address an IPv6 one carries: IPv4-compatible (::a.b.c.d), NAT64
	 * (64:ff9b::/96) or 6to4 (2002::/16).
	 */
	private static Optional<InetAddress> embeddedIpv4(byte[] bytes) {
		try {
			boolean leadingZeros = Arrays.equals(Arrays.copyOfRange(bytes, 0, 12), new byte[12]);
			boolean nat64 = Arrays.equals(Arrays.copyOfRange(bytes, 0, 12),
					new byte[] { 0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 });
			if (leadingZeros || nat64) {
				return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
			}
			if (bytes[0] == 0x20 && bytes[1] == 0x02) {
				return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 2, 6)));
			}
			return Optional.empty();
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/** Resolves a host name to its addresses. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/**
	 * An address range.
	 *
	 * @param address the first address
	 * @param prefixLength the length of the network prefix in bits
	 */
	record Network(InetAddress address, int prefixLength) {

		static Network of(String address, int prefixLength) {
			try {
				return new Network(InetAddress.getByName(address), prefixLength);
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(address, ex);
			}
		}

		boolean contains(InetAddress candidate) {
			byte[] network = this.address.getAddress();
			byte[] other = candidate.getAddress();
			if (network.length != other.length || this.prefixLength <= 0) {
				return false;
			}
			int bits = network.length * 8;
			BigInteger mask = BigInteger.ONE.shiftLeft(bits)
				.subtract(BigInteger.ONE)
				.shiftRight(Math.min(this.prefixLength, bits))
				.not();
			return new BigInteger(1, network).and(mask).equals(new BigInteger(1, other).and(mask));
		}

		/**
		 * The networks of this machine's interfaces (its pod or host network), except
		 * loopback, which is refused anyway.
		 */
		static List<Network> ofOwnInterfaces() {
			List<Network> networks = new ArrayList<>();
			try {
				for (NetworkInterface networkInterface : Collections.list(NetworkInterface.getNetworkInterfaces())) {
					if (!networkInterface.isUp() || networkInterface.isLoopback()) {
						continue;
					}
					for (InterfaceAddress interfaceAddress : networkInterface.getInterfaceAddresses()) {
						networks
							.add(new Network(interfaceAddress.getAddress(), interfaceAddress.getNetworkPrefixLength()));
					}
				}
			}
			catch (SocketException ex) {
				// no interface list: the address checks above still apply
			}
			return networks;
		}

	}

}
