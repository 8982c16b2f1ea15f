package fr.pes21.platform.sample;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import fr.pes21.platform.idempotency.IdempotencyFilter;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.platform.web.Created;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoteController {

	private final NoteRepository notes;

	private final Clock clock;

	NoteController(NoteRepository notes, Clock clock) {
		this.notes = notes;
		this.clock = clock;
	}

	record NewNote(@NotBlank @Size(max = 50) String title, @NotNull LocalDate firstMeeting) {
	}

	record NoteView(String id, String title, int meetings) {
	}

	record NewMeeting(@NotNull LocalDate date, Long expectedVersion) {
	}

	/**
	 * Like a service's command. For the tests of a crash: with
	 * {@link SampleApplication#PAUSE_AFTER_SAVE} it never answers once the note is saved
	 * (its process is then killed), and a title starting with
	 * {@link SampleApplication#FAIL_AFTER_SAVE} fails once the note is saved.
	 */
	@PostMapping("/api/notes")
	ResponseEntity<Created> create(@Valid @RequestBody NewNote request,
			@RequestHeader(name = SampleApplication.PAUSE_AFTER_SAVE, required = false) String pause) {
		Note note = new Note(request.title());
		note.meetingHeld(request.firstMeeting(), this.clock.instant());
		this.notes.save(note);
		if (pause != null) {
			LockSupport.park();
		}
		if (request.title().startsWith(SampleApplication.FAIL_AFTER_SAVE)) {
			throw new IllegalStateException("failing after the save, as asked");
		}
		return Created.at("/api/notes/{id}", note.getId());
	}

	record SharedNote(String id, String secret) {
	}

	/** Like a webhook subscription: the answer shows a secret once. */
	@PostMapping("/api/shared-notes")
	ResponseEntity<SharedNote> share(@Valid @RequestBody NewNote request, HttpServletRequest http) {
		IdempotencyFilter.answerShowsSecret(http);
		Note note = new Note(request.title());
		note.meetingHeld(request.firstMeeting(), this.clock.instant());
		this.notes.save(note);
		return ResponseEntity.created(URI.create("/api/notes/" + note.getId()))
			.body(new SharedNote(note.getId(), "secret-" + UUID.randomUUID()));
	}

	@GetMapping("/api/notes/{id}")
	NoteView read(@PathVariable String id) {
		Note note = this.notes.findById(id).orElseThrow(() -> new UnknownResource("note", id));
		return new NoteView(note.getId(), note.title(), note.meetings());
	}

	@PostMapping("/api/notes/{id}/meetings")
	ResponseEntity<Created> meeting(@PathVariable String id, @Valid @RequestBody NewMeeting request) {
		Note note = this.notes.findById(id).orElseThrow(() -> new UnknownResource("note", id));
		if (request.expectedVersion() != null && !request.expectedVersion().equals(note.getVersion())) {
			// Simulates a concurrent writer: save a copy first, so our own save meets a
			// newer version.
			Note concurrent = this.notes.findById(id).orElseThrow();
			concurrent.meetingHeld(request.date(), this.clock.instant());
			this.notes.save(concurrent);
		}
		String meetingId = note.meetingHeld(request.date(), this.clock.instant());
		this.notes.save(note);
		return Created.at("/api/notes/" + id + "/meetings/{id}", meetingId);
	}

}
