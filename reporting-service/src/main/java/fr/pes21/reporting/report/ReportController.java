package fr.pes21.reporting.report;

import java.nio.charset.StandardCharsets;

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
@RestController
@RequestMapping("/api/reports")
class ReportController {

	static final String TEXT_CSV = "text/csv";

	private final YearlyReports reports;

	ReportController(YearlyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/years/{year}")
	YearlyReport year(@PathVariable @Min(2000) @Max(2100) int year) {
		return this.reports.of(year);
	}

	@GetMapping(path = "/years/{year}", produces = TEXT_CSV)
	ResponseEntity<String> yearAsCsv(@PathVariable @Min(2000) @Max(2100) int year) {
		ContentDisposition attachment = ContentDisposition.attachment().filename("pes21-" + year + ".csv").build();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(YearlyReportCsv.of(this.reports.of(year)));
	}

}
