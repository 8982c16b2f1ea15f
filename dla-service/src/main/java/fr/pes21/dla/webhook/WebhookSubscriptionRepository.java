package fr.pes21.dla.webhook;

import java.util.List;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WebhookSubscriptionRepository extends MongoRepository<WebhookSubscription, String> {

	Page<WebhookSubscription> findByStatusNot(WebhookSubscription.Status status, Pageable pageable);

	List<WebhookSubscription> findByStatus(WebhookSubscription.Status status);

	/** The subscription with this id, unless it does not exist or was stopped. */
	default WebhookSubscription shown(String id) {
		return findById(id).filter((subscription) -> subscription.status() != WebhookSubscription.Status.STOPPED)
			.orElseThrow(() -> new UnknownResource("webhook subscription", id));
	}

}
