package fr.pes21.gateway.account;

import reactor.core.publisher.Flux;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface AccountRepository extends ReactiveMongoRepository<Account, String> {

	Flux<Account> findAllBy(Pageable pageable);

}
