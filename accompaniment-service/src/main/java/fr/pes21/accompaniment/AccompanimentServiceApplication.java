package fr.pes21.accompaniment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Creation support ("accompagnement à la création"): Bénéfice Créa, CRDVA, Émergence and
 * out-of-programme intake.
 */
@SpringBootApplication
public class AccompanimentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AccompanimentServiceApplication.class, args);
	}

}
