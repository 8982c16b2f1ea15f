package fr.pes21.dla.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiretTests {

	@Test
	void aSiretWithARightCheckDigitIsValid() {
		assertThat(Siret.Validator.isSiret("44379696500012")).isTrue();
		assertThat(Siret.Validator.isSiret("73282932000074")).isTrue();
	}

	@Test
	void aSiretWithAWrongCheckDigitIsInvalid() {
		assertThat(Siret.Validator.isSiret("44379696500013")).isFalse();
	}

	@Test
	void aSiretNeedsExactlyFourteenDigits() {
		assertThat(Siret.Validator.isSiret("4437969650001")).isFalse();
		assertThat(Siret.Validator.isSiret("443796965000120")).isFalse();
		assertThat(Siret.Validator.isSiret("443 796 965 00012")).isFalse();
		assertThat(Siret.Validator.isSiret("4437969650001A")).isFalse();
	}

	@Test
	void laPosteEstablishmentsFollowTheirOwnChecksum() {
		// Luhn says no; La Poste's rule (digits adding up to a multiple of 5) says yes.
		assertThat(Siret.Validator.isSiret("35600000000001")).isTrue();
		assertThat(Siret.Validator.isSiret("35600000000002")).isFalse();
	}

	@Test
	void noSiretAtAllIsValidSinceItIsOptional() {
		assertThat(new Siret.Validator().isValid(null, null)).isTrue();
	}

}
