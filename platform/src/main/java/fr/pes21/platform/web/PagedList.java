package fr.pes21.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a list, in the API's shape: {@code {"items": [...], "page": 0, "size": 50,
 * "total": N}}.
 *
 * @param <T> the item type
 */
public record PagedList<T>(List<T> items, int page, int size, long total) {

	public static <E, T> PagedList<T> of(Page<E> page, Function<E, T> toItem) {
		return new PagedList<>(page.getContent().stream().map(toItem).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

}
