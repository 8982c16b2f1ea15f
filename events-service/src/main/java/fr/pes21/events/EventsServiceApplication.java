package fr.pes21.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The association's events (Club des Entrepreneurs evenings, Mois de l'ESS, expert talks,
 * workshops, courses): scheduling, registrations with capacity and waiting list, the
 * event held or cancelled, and its attendance.
 */
@SpringBootApplication
public class EventsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(EventsServiceApplication.class, args);
	}

}
