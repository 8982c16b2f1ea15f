package fr.pes21.dla.webhook;

import java.net.URI;
import java.time.Clock;

import fr.pes21.platform.idempotency.IdempotencyFilter;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The webhook subscriptions of the regional DLA network (docs/api.md, "DLA";
 * dla-service/docs/webhook.md), managed by administrators only.
 */
@Tag(name = "Webhooks",
		description = "Subscriptions of the regional DLA network to the DLA facts, and their deliveries (administrators)")
@RestController
@RequestMapping(WebhookController.WEBHOOKS)
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

	static final String WEBHOOKS = "/api/dla/webhooks";

	private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));

	private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

	private final WebhookSubscriptions subscriptions;

	private final WebhookSubscriptionRepository repository;

	private final WebhookDeliveryRepository deliveries;

	private final DeliveryQueue queue;

	private final WebhookDispatcher dispatcher;

	private final Clock clock;

	WebhookController(WebhookSubscriptions subscriptions, WebhookSubscriptionRepository repository,
			WebhookDeliveryRepository deliveries, DeliveryQueue queue, WebhookDispatcher dispatcher, Clock clock) {
		this.subscriptions = subscriptions;
		this.repository = repository;
		this.deliveries = deliveries;
		this.queue = queue;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "subscribeWebhook", summary = "Subscribe a receiver to the DLA facts",
			description = "Every DLA fact recorded from now on is POSTed to the URL as a signed CloudEvent (docs/api/asyncapi.yaml). The signing secret is in this answer only.")
	@ApiResponse(responseCode = "201", description = "Subscribed: the secret is shown this once.",
			headers = @Header(name = "Location", ref = "#/components/headers/Location"))
	ResponseEntity<SubscriptionView.WithSecret> subscribe(@Valid @RequestBody NewSubscription request,
			HttpServletRequest http) {
		// the secret is shown here once: neither an Idempotency-Key replay nor a cache
		// keeps it
		IdempotencyFilter.answerShowsSecret(http);
		WebhookSubscriptions.Subscribed subscribed = this.subscriptions.subscribe(request.strippedUrl(),
				request.strippedDescription());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(WEBHOOKS + "/{id}")
			.buildAndExpand(subscribed.subscription().id())
			.toUri();
		return ResponseEntity.created(location)
			.cacheControl(CacheControl.noStore())
			.body(SubscriptionView.WithSecret.of(subscribed));
	}

	@GetMapping
	@Operation(operationId = "listWebhookSubscriptions", summary = "List the subscriptions not stopped, oldest first")
	PagedList<SubscriptionView> list(@Valid PageParameters params) {
		return PagedList.of(
				this.repository.findByStatusNot(WebhookSubscription.Status.STOPPED, params.toPageRequest(OLDEST_FIRST)),
				SubscriptionView::of);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getWebhookSubscription", summary = "Read a subscription")
	SubscriptionView read(@PathVariable String id) {
		return SubscriptionView.of(this.repository.shown(id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "stopWebhookSubscription", summary = "Stop a subscription",
			description = "Its pending deliveries are cancelled.")
	void stop(@PathVariable String id) {
		this.subscriptions.stop(id);
	}

	@GetMapping("/{id}/deliveries")
	@Operation(operationId = "listWebhookDeliveries", summary = "List the deliveries of a subscription, latest first")
	PagedList<DeliveryView> deliveries(@PathVariable String id, @Valid PageParameters params) {
		this.repository.shown(id);
		return PagedList.of(this.deliveries.findBySubscriptionId(id, params.toPageRequest(LATEST_FIRST)),
				DeliveryView::of);
	}

	@GetMapping("/{id}/deliveries/{deliveryId}")
	@Operation(operationId = "getWebhookDelivery", summary = "Read a delivery and its attempts")
	DeliveryView delivery(@PathVariable String id, @PathVariable String deliveryId) {
		this.repository.shown(id);
		return DeliveryView.of(this.queue.find(id, deliveryId)
			.orElseThrow(() -> new UnknownResource("delivery of this subscription", deliveryId)));
	}

	/** Sends a delivery again now, on a fresh retry schedule. */
	@PostMapping("/{id}/deliveries/{deliveryId}/retry")
	@Operation(operationId = "retryWebhookDelivery", summary = "Send a delivery again now",
			description = "On a fresh retry schedule; 422 while it is being attempted.")
	@ApiResponse(responseCode = "202", description = "Queued for an attempt now.")
	ResponseEntity<DeliveryView> retry(@PathVariable String id, @PathVariable String deliveryId) {
		this.repository.shown(id).requireActive();
		WebhookDelivery delivery = this.queue.retryNow(id, deliveryId, this.clock.instant()).orElseThrow(() -> {
			this.queue.find(id, deliveryId)
				.orElseThrow(() -> new UnknownResource("delivery of this subscription", deliveryId));
			return new RuleViolation("This delivery is being attempted right now; see its attempts in a moment.");
		});
		this.dispatcher.wake();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(DeliveryView.of(delivery));
	}

}
