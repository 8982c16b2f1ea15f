package fr.pes21.reporting.report;

import java.util.Map;

/**
 * A year's report as CSV, ready to paste into the yearly document: one line per indicator
 * in report order, {@code indicateur;libellé;valeur}. The separator is {@code ;}, the one
 * French spreadsheets expect (the comma is their decimal separator); lines end with CRLF
 * (RFC 4180); a field holding {@code ;}, a quote or a line break is quoted, its quotes
 * doubled.
 */
final class YearlyReportCsv {

	static final String HEADER = "indicateur;libellé;valeur";

	private static final String LINE_END = "\r\n";

	private YearlyReportCsv() {
	}

	static String of(YearlyReport report) {
		StringBuilder csv = new StringBuilder(HEADER).append(LINE_END);
		for (Map.Entry<String, Long> indicator : report.indicators().entrySet()) {
			csv.append(field(indicator.getKey()))
				.append(';')
				.append(field(IndicatorLabels.of(indicator.getKey())))
				.append(';')
				.append(indicator.getValue())
				.append(LINE_END);
		}
		return csv.toString();
	}

	static String field(String value) {
		if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
