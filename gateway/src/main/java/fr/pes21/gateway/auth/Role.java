package fr.pes21.gateway.auth;

/** The roles of the suite; a token carries them without the {@code ROLE_} prefix. */
enum Role {

	ADMIN, STAFF, VOLUNTEER, READER

}
