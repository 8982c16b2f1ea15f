package fr.pes21.platform.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The answer to a {@code POST} that records something: {@code 201}, a {@code Location}
 * naming the new resource (built from the forwarded headers, so it points at the gateway)
 * and {@code {"id": ...}}.
 *
 * @param id the new resource's id
 */
public record Created(String id) {

	/**
	 * {@code path} is the new resource's path from the root, e.g.
	 * {@code /api/accompaniment/projects/{id}}.
	 */
	public static ResponseEntity<Created> at(String path, String id) {
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(new Created(id));
	}

}
