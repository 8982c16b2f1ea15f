package fr.pes21.gateway.account;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** {@code ?page=0&size=50} of a list, as the services read it. */
record Paging(
		@Parameter(description = "Zero-based page number",
				schema = @Schema(type = "integer", format = "int32", defaultValue = "0",
						example = "0")) @Min(0) Integer page,
		@Parameter(description = "Items per page", schema = @Schema(type = "integer", format = "int32",
				defaultValue = "50", example = "50")) @Min(1) @Max(200) Integer size) {

	PageRequest toPageRequest(Sort sort) {
		return PageRequest.of((this.page != null) ? this.page : 0, (this.size != null) ? this.size : 50, sort);
	}

}
