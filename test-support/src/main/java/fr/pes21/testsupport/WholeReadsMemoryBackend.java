package fr.pes21.testsupport;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * mongo-java-server's in-memory backend, made to read documents whole as MongoDB does.
 * <p>
 * The library answers a read with the stored documents themselves and writes the answer
 * after its collection lock is released, while an update writes its result into the
 * stored document field by field: a read racing an update could return the new
 * {@code version} beside the old {@code registrations}, and a versioned save built on it
 * drops a registration. Here commands run one at a time and an answer is a copy taken
 * before the next command starts.
 */
final class WholeReadsMemoryBackend extends MemoryBackend {

	private final ReentrantLock commands = new ReentrantLock();

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		return alone(() -> super.handleCommand(channel, databaseName, command, query).cloneDeeply());
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		return alone(() -> {
			QueryResult result = super.handleQuery(query);
			List<Document> copies = result.collectDocuments().stream().map(Document::cloneDeeply).toList();
			return new QueryResult(copies, result.getCursorId());
		});
	}

	private <T> T alone(Supplier<T> command) {
		this.commands.lock();
		try {
			return command.get();
		}
		finally {
			this.commands.unlock();
		}
	}

}
