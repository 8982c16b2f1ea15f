package fr.pes21.accompaniment.project;

/**
 * A person carrying the project ("porteur·se de projet"). Personal data: it stays in this
 * service, is shown to STAFF and ADMIN only, and never goes into a fact.
 */
record Holder(String firstName, String lastName, String email, String phone) {

}
