package fr.pes21.platform.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code ?page=0&size=50} of a list request, bound with {@code @Valid PageParameters}
 * on a controller method: a negative page or a size outside 1..200 is a {@code 400} with
 * field errors.
 *
 * @param page zero-based page number, 0 when absent
 * @param size page size, 50 when absent
 */
public record PageParameters(
		@Parameter(description = "Zero-based page number",
				schema = @Schema(type = "integer", format = "int32", defaultValue = "0",
						example = "0")) @Min(0) Integer page,
		@Parameter(description = "Items per page", schema = @Schema(type = "integer", format = "int32",
				defaultValue = "50", example = "50")) @Min(1) @Max(200) Integer size) {

	public PageRequest toPageRequest(Sort sort) {
		return PageRequest.of(this.page == null ? 0 : this.page, this.size == null ? 50 : this.size, sort);
	}

}
