package fr.pes21.dla;

import java.nio.charset.StandardCharsets;

import fr.pes21.testsupport.CommittedApiDocument;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The DLA API as the running service describes it (read without a token) is the committed
 * contract, {@code docs/api/dla-service.json}.
 */
@WithRealInfrastructure
@SpringBootTest(properties = TestWebhookKey.PROPERTY)
@AutoConfigureMockMvc
class ApiDocumentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theRunningApiDocumentIsTheCommittedOne() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		CommittedApiDocument.check("dla-service", document);
	}

}
