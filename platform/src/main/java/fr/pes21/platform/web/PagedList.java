package fr.pes21.platform.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * A page of a list, in the API's shape: {@code {"items": [...], "page": 0, "size": 50,
 * "total": N}}.
 *
 * @param <T> the item type
 */
@Schema(description = "One page of a list: `?page=0&size=50` (size 1 to 200) answers its items and the total.")
public record PagedList<T>(@Schema(description = "The items of this page") List<T> items,
		@Schema(description = "Zero-based page number", example = "0") int page,
		@Schema(description = "Items per page", example = "50") int size,
		@Schema(description = "How many items the whole list holds", example = "28") long total) {

	public static <E, T> PagedList<T> of(Page<E> page, Function<E, T> toItem) {
		return new PagedList<>(page.getContent().stream().map(toItem).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

}
