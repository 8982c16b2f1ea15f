package fr.pes21.accompaniment.project;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds the active projects matching a {@link ProjectFilter}, a page at a time. Texts are
 * matched word by word, each word anywhere in the field, ignoring case and accents: the
 * word is turned into a regular expression whose letters accept their accented forms
 * ({@code epicerie} finds « Épicerie »), so nothing needs storing beside the project and
 * the same query runs on MongoDB and on the embedded wire server.
 */
@Component
class ProjectSearch {

	/** Each letter and its accented forms, both cases. */
	private static final Map<Character, String> VARIANTS = Map.of('a', "aàâäáãåAÀÂÄÁÃÅ", 'c', "cçCÇ", 'e', "eéèêëEÉÈÊË",
			'i', "iîïíìIÎÏÍÌ", 'o', "oôöóòõOÔÖÓÒÕ", 'u', "uùûüúUÙÛÜÚ", 'y', "yÿýYŸÝ", 'n', "nñNÑ");

	private final MongoTemplate mongo;

	ProjectSearch(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Page<Project> find(ProjectFilter filter, Pageable page) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("withdrawnAt").is(null));
		if (filter.programme() != null) {
			all.add(Criteria.where("programme").is(filter.programme()));
		}
		words(filter.name()).forEach((word) -> all.add(Criteria.where("name").regex(pattern(word))));
		words(filter.commune()).forEach((word) -> all.add(Criteria.where("commune").regex(pattern(word))));
		words(filter.holder()).forEach((word) -> all.add(Criteria.where("holders")
			.elemMatch(new Criteria().orOperator(Criteria.where("firstName").regex(pattern(word)),
					Criteria.where("lastName").regex(pattern(word))))));
		Query query = Query.query(new Criteria().andOperator(all));
		long total = this.mongo.count(query, Project.class);
		List<Project> found = this.mongo.find(query.with(page), Project.class);
		return new PageImpl<>(found, page, total);
	}

	private static List<String> words(String text) {
		if (!ProjectFilter.hasText(text)) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\s+")).toList();
	}

	/** A word as a regular expression that accepts any case and accent of its letters. */
	static String pattern(String word) {
		String plain = Normalizer.normalize(word, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		StringBuilder regex = new StringBuilder();
		plain.codePoints().forEach((codePoint) -> {
			String variants = (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) ? VARIANTS.get((char) codePoint)
					: null;
			if (variants != null) {
				regex.append('[').append(variants).append(']');
			}
			else if (Character.isLetterOrDigit(codePoint)) {
				String letter = Character.toString(codePoint);
				String upper = letter.toUpperCase(Locale.ROOT);
				regex.append(upper.equals(letter) ? letter : "[" + letter + upper + "]");
			}
			else {
				// any other character stands for itself
				regex.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
			}
		});
		return regex.toString();
	}

}
