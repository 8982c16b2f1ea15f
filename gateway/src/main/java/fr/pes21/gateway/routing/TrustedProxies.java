package fr.pes21.gateway.routing;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The peers whose {@code X-Forwarded-*} headers the gateway believes: the ingress and the
 * container networks ({@code spring.cloud.gateway.server.webflux.trusted-proxies}). From
 * anyone else those headers could be made up.
 */
@Component
public class TrustedProxies {

	private final Pattern trusted;

	TrustedProxies(@Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
		this.trusted = trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
	}

	/** Whether the request comes straight from a trusted proxy. */
	public boolean trusts(ServerHttpRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		return peer != null && trusts(peer.getHostString());
	}

	/**
	 * The address of the client: the peer's, or behind trusted proxies the last address
	 * of {@code X-Forwarded-For} that is not one of theirs (each proxy appends the
	 * address it was reached from; what the client itself wrote stands before).
	 */
	public String clientAddress(ServerHttpRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		String address = (peer != null) ? peer.getHostString() : "unknown";
		if (!trusts(address)) {
			return address;
		}
		List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
		for (int i = forwarded.size() - 1; i >= 0; i--) {
			String hop = forwarded.get(i).strip();
			if (hop.isEmpty()) {
				continue;
			}
			address = hop;
			if (!trusts(hop)) {
				break;
			}
		}
		return address;
	}

	private boolean trusts(String address) {
		return this.trusted != null && this.trusted.matcher(address).matches();
	}

}
