package fr.pes21.reporting.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The yearly indicators of the activity report. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final YearlyReports reports;

	ReportController(YearlyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/years/{year}")
	YearlyReport year(@PathVariable @Min(2000) @Max(2100) int year) {
		return this.reports.of(year);
	}

}
