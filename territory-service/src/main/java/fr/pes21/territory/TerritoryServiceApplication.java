package fr.pes21.territory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Générateur BFC ("Fabrique à initiatives"): territories, the unmet needs identified
 * on them, the initiatives born from them, their stages, milestones and steering
 * meetings.
 */
@SpringBootApplication
public class TerritoryServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TerritoryServiceApplication.class, args);
	}

}
