// MongoDB's compose health check (mongosh, in the mongo container): healthy once this node is the writable
// primary of replica set rs0. The first run initiates the set; later runs, and restarts, find it in the data
// volume. The member is named by its compose service name, mongo:27017: the services' drivers connect to the
// names the replica set gives them, so localhost here would send each service to its own container.
// Authentication is required (docker-compose.yml): the check logs in as root, from the container's environment.
db.getSiblingDB('admin').auth(process.env.MONGO_INITDB_ROOT_USERNAME, process.env.MONGO_INITDB_ROOT_PASSWORD);
try {
  rs.status();
} catch (error) {
  if (error.codeName !== 'NotYetInitialized') {
    throw error;
  }
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
}
quit(db.hello().isWritablePrimary ? 0 : 1);
