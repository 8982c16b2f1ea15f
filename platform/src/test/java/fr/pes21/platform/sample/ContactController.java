package fr.pes21.platform.sample;

import java.time.LocalDate;
import java.util.UUID;

import fr.pes21.platform.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Like a service's endpoint taking a person's details: what reaches it is personal data,
 * which must never reach a log line. It logs as a service would (ids only).
 */
@RestController
class ContactController {

	private static final Logger log = LoggerFactory.getLogger(ContactController.class);

	record NewContact(@NotBlank String name, @NotBlank @Email String email, LocalDate since) {
	}

	@PostMapping("/api/contacts")
	ResponseEntity<Created> create(@Valid @RequestBody NewContact contact) {
		String id = UUID.randomUUID().toString();
		log.info("Contact {} recorded", id);
		return Created.at("/api/contacts/{id}", id);
	}

}
