package fr.pes21.reporting.report;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly indicators of the activity report: JSON by default, CSV with
 * {@code Accept: text/csv}; any other {@code Accept} is answered 406.
 */
@Tag(name = "Reports", description = "The yearly indicators of the activity report, live, and rebuilding them")
@RestController
@RequestMapping("/api/reports")
class ReportController {

	static final String TEXT_CSV = "text/csv";

	private final YearlyReports reports;

	ReportController(YearlyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/years/{year}")
	@Operation(operationId = "getYearlyReport", summary = "Read the indicators of a year",
			description = "The indicators of the activity report for a year of business dates, every key present (0 where nothing happened); per-programme and per-kind keys end with the programme or kind, `.total` sums them. With `Accept: text/csv`, the same as CSV (`;`-separated, UTF-8) with the report's French labels.")
	YearlyReport year(@Parameter(description = "The year of business dates",
			example = "2024") @PathVariable @Min(2000) @Max(2100) int year) {
		return this.reports.of(year);
	}

	@GetMapping(path = "/years/{year}", produces = TEXT_CSV)
	@Operation(operationId = "getYearlyReport", summary = "Read the indicators of a year",
			description = "The indicators of the activity report for a year of business dates, every key present (0 where nothing happened); per-programme and per-kind keys end with the programme or kind, `.total` sums them. With `Accept: text/csv`, the same as CSV (`;`-separated, UTF-8) with the report's French labels.")
	@ApiResponse(responseCode = "200", description = "The indicators",
			content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string",
					example = "indicateur;libellé;valeur\r\ndla.structuresWelcomed;Structures accueillies;28\r\n")))
	ResponseEntity<String> yearAsCsv(@Parameter(description = "The year of business dates",
			example = "2024") @PathVariable @Min(2000) @Max(2100) int year) {
		ContentDisposition attachment = ContentDisposition.attachment().filename("pes21-" + year + ".csv").build();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(YearlyReportCsv.of(this.reports.of(year)));
	}

}
