package fr.pes21.dla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The DLA ("Dispositif Local d'Accompagnement") pathways of employer ESS structures:
 * welcome, shared diagnostic, individual and collective engineering, post-engineering
 * follow-up; and the signed webhook to the regional DLA network.
 */
@SpringBootApplication
public class DlaServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DlaServiceApplication.class, args);
	}

}
