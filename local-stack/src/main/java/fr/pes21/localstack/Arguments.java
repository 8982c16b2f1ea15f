package fr.pes21.localstack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of the local stack's mains: positional words,
 * {@code --name value} options and {@code --flag} switches; an option missing from the
 * command line falls back to a system property.
 */
final class Arguments {

	private static final Set<String> FLAGS = Set.of("--background", "--with-prometheus", "--help", "-h",
			BackgroundLaunch.DETACHED);

	private final List<String> positional;

	private final Map<String, String> options;

	private final Set<String> flags;

	private Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {
		this.positional = positional;
		this.options = options;
		this.flags = flags;
	}

	static Arguments parse(String... args) {
		List<String> positional = new LinkedList<>();
		Map<String, String> options = new HashMap<>();
		Set<String> flags = new HashSet<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (FLAGS.contains(arg)) {
				flags.add(arg);
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (arg.startsWith("--")) {
				if (i + 1 >= args.length) {
					throw new StackRefused("Option " + arg + " needs a value.");
				}
				options.put(arg, args[++i]);
			}
			else {
				positional.add(arg);
			}
		}
		return new Arguments(positional, options, flags);
	}

	List<String> positional() {
		return this.positional;
	}

	boolean has(String flag) {
		return this.flags.contains(flag);
	}

	Set<String> optionNames() {
		return this.options.keySet();
	}

	String value(String option, String systemProperty, String defaultValue) {
		String value = this.options.get(option);
		if (value == null && systemProperty != null) {
			value = System.getProperty(systemProperty);
		}
		return (value != null) ? value : defaultValue;
	}

	int intValue(String option, String systemProperty, int defaultValue) {
		String value = value(option, systemProperty, null);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new StackRefused(option + " must be a number, not '" + value + "'.");
		}
	}

}
