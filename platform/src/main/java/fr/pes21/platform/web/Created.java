package fr.pes21.platform.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The answer to a {@code POST} that records something: {@code 201}, a {@code Location}
 * naming the new resource (built from the forwarded headers, so it points at the gateway)
 * and {@code {"id": ...}}.
 *
 * @param id the new resource's id
 */
@Schema(description = "What was recorded: its id; its URL is in the Location header.")
public record Created(@Schema(description = "The id of what was recorded",
		example = "6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20") String id) {

	/**
	 * {@code path} is the new resource's path from the root, e.g.
	 * {@code /api/accompaniment/projects/{id}}.
	 */
	public static ResponseEntity<Created> at(String path, String id) {
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(new Created(id));
	}

}
