package fr.pes21.dla.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.ApiSlice;
import fr.pes21.testsupport.RoleTable;
import fr.pes21.testsupport.RoleTable.Writing;
import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static fr.pes21.testsupport.RoleTable.ADMIN_ONLY;
import static fr.pes21.testsupport.RoleTable.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The webhook subscriptions are for administrators only, reading included (docs/api.md,
 * "Access"): one row per writing endpoint, and every read refused to the other roles.
 */
@ApiSlice(WebhookController.class)
class WebhookApiRolesTests {

	private static final String WEBHOOKS = WebhookController.WEBHOOKS;

	private static final Instant NOW = Instant.parse(ApiSlice.NOW);

	private static final List<Writing<WebhookApiRolesTests>> WRITING = List.of(
			RoleTable.created("subscribe a receiver", ADMIN_ONLY,
					(test) -> json(post(WEBHOOKS), "{\"url\": \"https://dla-bfc.example/facts\"}")),
			RoleTable.withdrawn("stop a subscription", ADMIN_ONLY,
					(test) -> delete(WEBHOOKS + "/" + test.subscription())),
			new Writing<>("send a delivery again", ADMIN_ONLY, 202, (test) -> post(
					WEBHOOKS + "/" + test.subscription() + "/deliveries/" + test.delivery() + "/retry")));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	WebhookSubscriptions subscriptions;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	WebhookSubscriptionRepository repository;

	@MockitoBean
	WebhookDeliveryRepository deliveries;

	@MockitoBean
	DeliveryQueue queue;

	@MockitoBean
	WebhookDispatcher dispatcher;

	@MockitoBean
	WebhookTargets targets;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void onlyAnAdministratorSubscribesStopsAndRetries(Writing<WebhookApiRolesTests> endpoint, String role)
			throws Exception {
		given(this.subscriptions.subscribe(anyString(), any()))
			.willAnswer((invocation) -> new WebhookSubscriptions.Subscribed(
					WebhookSubscription.create("s-1", invocation.getArgument(0), null, "sealed", NOW),
					"whsec_c2VjcmV0"));

		ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
			.perform(endpoint.request().apply(this))
			.andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verifyNoInteractions(this.subscriptions, this.queue, this.dispatcher);
			verify(this.repository, never()).save(any());
		}
	}

	@Test
	void noOtherRoleReadsTheSubscriptions() throws Exception {
		String subscription = subscription();
		given(this.repository.findByStatusNot(any(), any())).willReturn(Page.empty());
		given(this.deliveries.findBySubscriptionId(any(), any())).willReturn(Page.empty());

		for (String role : RoleTable.ROLES) {
			ApiClient client = ApiClient.of(this.mvc, TestTokens.bearer("someone", role));
			for (String path : List.of(WEBHOOKS, WEBHOOKS + "/" + subscription,
					WEBHOOKS + "/" + subscription + "/deliveries")) {
				client.get(path).andExpect(ADMIN_ONLY.contains(role) ? status().isOk() : status().isForbidden());
			}
		}
	}

	/** An active subscription the repository finds; answers its id. */
	private String subscription() {
		WebhookSubscription subscription = WebhookSubscription.create("s-2", "https://dla-bfc.example/facts", null,
				"sealed", NOW);
		given(this.repository.findById(subscription.id())).willReturn(Optional.of(subscription));
		return subscription.id();
	}

	/** A delivery of {@code s-2} that the queue sends again; answers its id. */
	private String delivery() {
		WebhookDelivery delivery = WebhookDelivery.pending("s-2", "e-1", "fr.pes21.dla.StructureWelcomed.v1", NOW, "{}",
				NOW, NOW);
		given(this.queue.retryNow("s-2", delivery.id(), NOW)).willReturn(Optional.of(delivery));
		return delivery.id();
	}

}
