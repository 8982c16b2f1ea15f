package fr.pes21.localstack.demo;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests each context loader sends, with their Idempotency-Keys: a database loaded
 * by an earlier version of the loader must not be loaded twice, so these keys never
 * change.
 */
class ContextLoadersTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FakeGateway gateway;

	private GatewayClient client;

	@BeforeEach
	void startTheFakeGateway() throws Exception {
		this.gateway = new FakeGateway();
		this.client = new GatewayClient(this.gateway.uri(), "secret");
		this.client.login();
		this.gateway.requests.clear();
	}

	@AfterEach
	void stopTheFakeGateway() {
		this.gateway.close();
	}

	@Test
	void derivesTheKeyOfAnActionFromTheDatasetTheEntryAndTheAction() {
		assertThat(DemoDataset.key("dla", "cri-de-la-plume", "welcome", 0))
			.isEqualTo("pes21-demo/dla/cri-de-la-plume/welcome/0");
		assertThat(DemoDataset.key("events", "forum")).isEqualTo("pes21-demo/events/forum");
	}

	@Test
	void copiesTheNamedFieldsInTheirOrderLeavingOutTheMissingOnes() {
		JsonNode entry = JSON.readTree("{\"b\":2,\"a\":1,\"c\":null,\"d\":4}");

		assertThat(DemoDataset.fields(entry, "a", "b", "c", "e")).containsExactly(Map.entry("a", JSON.readTree("1")),
				Map.entry("b", JSON.readTree("2")));
	}

	@Test
	void dlaRecordsStructuresFirstWithdrawsAMistakenWelcomeAtOnceAndTheRestLastTheLatestFirst() {
		String line = new DlaLoader(this.client).load(JSON.readTree(
				"""
						{"structures": [
						  {"ref": "s", "name": "S", "welcomes": [{"date": "2024-01-02", "withdrawn": true}, {"date": "2024-01-03"}],
						   "diagnostics": [{"startedOn": "2024-02-01", "withdrawn": true}],
						   "followUps": [{"date": "2024-06-01", "kind": "POST_ENGINEERING", "withdrawn": true}]},
						  {"ref": "t", "name": "T"}],
						 "engineerings": [
						  {"ref": "e", "kind": "COLLECTIVE", "structureRefs": ["s"], "completedOn": "2024-05-01",
						   "participantsAdded": [{"structureRef": "t", "withdrawn": true}]}]}
						"""));

		assertThat(this.gateway.requests).containsExactly("POST /api/dla/structures pes21-demo/dla/s",
				"POST /api/dla/structures pes21-demo/dla/t",
				"POST /api/dla/structures/id-1/welcome pes21-demo/dla/s/welcome/0",
				"DELETE /api/dla/structures/id-1/welcomes/id-3",
				"POST /api/dla/structures/id-1/welcome pes21-demo/dla/s/welcome/1",
				"POST /api/dla/structures/id-1/diagnostics pes21-demo/dla/s/diagnostic/0",
				"POST /api/dla/engineerings pes21-demo/dla/engineering/e",
				"POST /api/dla/engineerings/id-6/participants pes21-demo/dla/engineering/e/participant/t",
				"POST /api/dla/engineerings/id-6/completion pes21-demo/dla/engineering/e/completion",
				"POST /api/dla/structures/id-1/follow-ups pes21-demo/dla/s/follow-up/0",
				"DELETE /api/dla/structures/id-1/follow-ups/id-9",
				"DELETE /api/dla/engineerings/id-6/participants/id-7", "DELETE /api/dla/diagnostics/id-5");
		assertThat(line).isEqualTo("DLA: 2 structures, 1 engineerings (9 records, 4 withdrawals)");
	}

	@Test
	void territoryWithdrawsAMistakenStageAtOnceAndMistakenMilestonesAndMeetingsLast() {
		String line = new TerritoryLoader(this.client).load(JSON.readTree("""
				{"territories": [{"ref": "t", "name": "T", "needs": [{"ref": "n", "title": "N"}],
				  "initiatives": [{"ref": "i", "name": "I", "needRef": "n", "startedOn": "2024-01-01",
				    "stages": [{"stage": "STUDY", "withdrawn": true}, {"stage": "LAUNCHED"}],
				    "milestones": [{"kind": "K", "withdrawn": true}],
				    "meetings": [{"date": "2024-03-01", "withdrawn": true}]}]}]}
				"""));

		assertThat(this.gateway.requests).containsExactly("POST /api/territories pes21-demo/territory/t",
				"POST /api/territories/id-1/needs pes21-demo/territory/t/need/n",
				"POST /api/territories/id-1/initiatives pes21-demo/territory/initiative/i",
				"POST /api/initiatives/id-3/stage pes21-demo/territory/initiative/i/stage/0",
				"DELETE /api/initiatives/id-3/stages/id-4",
				"POST /api/initiatives/id-3/stage pes21-demo/territory/initiative/i/stage/1",
				"POST /api/initiatives/id-3/milestones pes21-demo/territory/initiative/i/milestone/0",
				"POST /api/initiatives/id-3/meetings pes21-demo/territory/initiative/i/meeting/0",
				"DELETE /api/initiatives/id-3/milestones/id-6", "DELETE /api/initiatives/id-3/meetings/id-7");
		assertThat(line).isEqualTo("Territory: 1 territory(ies), 1 initiative(s) (7 records)");
	}

	@Test
	void eventsRecordsHeldAttendanceCancellationsThenWithdrawals() {
		String line = new EventsLoader(this.client).load(JSON.readTree("""
				{"events": [{"ref": "a", "title": "A", "held": true, "attendance": [{"count": 10}, {"count": 12}]},
				            {"ref": "b", "title": "B", "cancellation": {"reason": "R"}, "withdrawn": true}]}
				"""));

		assertThat(this.gateway.requests).containsExactly("POST /api/events pes21-demo/events/a",
				"POST /api/events pes21-demo/events/b", "POST /api/events/id-1/held pes21-demo/events/a/held",
				"POST /api/events/id-1/attendance pes21-demo/events/a/attendance/0",
				"POST /api/events/id-1/attendance pes21-demo/events/a/attendance/1",
				"POST /api/events/id-2/cancellation pes21-demo/events/b/cancellation", "DELETE /api/events/id-2");
		assertThat(line).isEqualTo("Events: 2 events (6 records)");
	}

	@Test
	void accompanimentWithdrawsMistakenMeetingsThenProjectsLast() {
		String line = new AccompanimentLoader(this.client).load(JSON.readTree("""
				{"projects": [{"ref": "p", "name": "P", "meetings": [{"date": "2024-01-01", "withdrawn": true}],
				  "creation": {"date": "2024-02-01"}, "postCreationReviews": [{"date": "2024-03-01"}],
				  "closure": {"date": "2024-04-01"}, "withdrawn": true}]}
				"""));

		assertThat(this.gateway.requests).containsExactly("POST /api/accompaniment/projects pes21-demo/accompaniment/p",
				"POST /api/accompaniment/projects/id-1/meetings pes21-demo/accompaniment/p/meeting/0",
				"POST /api/accompaniment/projects/id-1/creation pes21-demo/accompaniment/p/creation",
				"POST /api/accompaniment/projects/id-1/post-creation-reviews pes21-demo/accompaniment/p/post-creation-review/0",
				"POST /api/accompaniment/projects/id-1/closure pes21-demo/accompaniment/p/closure",
				"DELETE /api/accompaniment/projects/id-1/meetings/id-2", "DELETE /api/accompaniment/projects/id-1");
		assertThat(line).isEqualTo("Accompaniment: 1 projects (5 records)");
	}

}
