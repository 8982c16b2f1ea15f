package fr.pes21.deployment.kubernetes;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

/** Label selectors and ports as Kubernetes matches them. */
final class Selectors {

	private Selectors() {
	}

	/**
	 * Whether the selector selects these labels; an empty selector selects everything, as
	 * in a NetworkPolicy.
	 */
	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return true;
		}
		Map<String, String> matchLabels = (selector.getMatchLabels() != null) ? selector.getMatchLabels() : Map.of();
		for (Map.Entry<String, String> label : matchLabels.entrySet()) {
			if (!label.getValue().equals(labels.get(label.getKey()))) {
				return false;
			}
		}
		List<LabelSelectorRequirement> expressions = (selector.getMatchExpressions() != null)
				? selector.getMatchExpressions() : List.of();
		return expressions.stream().allMatch((expression) -> matches(expression, labels));
	}

	/**
	 * Whether a Service's (or ServiceMonitor's) plain map selector selects these labels.
	 */
	static boolean matches(Map<String, String> selector, Map<String, String> labels) {
		return selector != null && !selector.isEmpty() && labels != null
				&& selector.entrySet()
					.stream()
					.allMatch((label) -> label.getValue().equals(labels.get(label.getKey())));
	}

	static boolean isEmpty(LabelSelector selector) {
		return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
	}

	private static boolean matches(LabelSelectorRequirement expression, Map<String, String> labels) {
		String value = labels.get(expression.getKey());
		List<String> values = (expression.getValues() != null) ? expression.getValues() : List.of();
		return switch (expression.getOperator()) {
			case "In" -> value != null && values.contains(value);
			case "NotIn" -> value == null || !values.contains(value);
			case "Exists" -> value != null;
			case "DoesNotExist" -> value == null;
			default -> false;
		};
	}

	/**
	 * The number a port reference stands for: itself, or the container port of that name;
	 * {@code -1} when it names no port.
	 */
	static int port(IntOrString port, Map<String, Integer> namedPorts) {
		if (port == null) {
			return -1;
		}
		if (port.getIntVal() != null) {
			return port.getIntVal();
		}
		return namedPorts.getOrDefault(port.getStrVal(), -1);
	}

}
