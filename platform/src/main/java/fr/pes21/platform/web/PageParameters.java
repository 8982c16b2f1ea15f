package fr.pes21.platform.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code ?page=0&size=50} of a list request, bound with {@code @Valid PageParameters}
 * on a controller method: a page outside 0..{@value #MAX_PAGE} or a size outside 1..200
 * is a {@code 400} with field errors (beyond it, the query's skip, page times size, would
 * overflow).
 *
 * @param page zero-based page number, 0 when absent
 * @param size page size, 50 when absent
 */
public record PageParameters(
		@Parameter(description = "Zero-based page number",
				schema = @Schema(type = "integer", format = "int32", defaultValue = "0",
						example = "0")) @Min(0) @Max(MAX_PAGE) Integer page,
		@Parameter(description = "Items per page", schema = @Schema(type = "integer", format = "int32",
				defaultValue = "50", example = "50")) @Min(1) @Max(200) Integer size) {

	/**
	 * The highest page number: 10,000 pages of 200 items are far more than any list
	 * holds.
	 */
	public static final int MAX_PAGE = 10_000;

	public PageRequest toPageRequest(Sort sort) {
		return PageRequest.of(this.page == null ? 0 : this.page, this.size == null ? 50 : this.size, sort);
	}

}
