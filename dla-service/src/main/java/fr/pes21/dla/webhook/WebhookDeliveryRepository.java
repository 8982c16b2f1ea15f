package fr.pes21.dla.webhook;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WebhookDeliveryRepository extends MongoRepository<WebhookDelivery, String> {

	Page<WebhookDelivery> findBySubscriptionId(String subscriptionId, Pageable pageable);

}
