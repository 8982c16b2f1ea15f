// The suite's MongoDB users (mongosh, in docker-compose.yml's mongo container): one per service, with readWrite
// on its own database only, as the MongoDBCommunity of k8s/base/mongodb/mongodb.yaml declares them.
//
// PES21_MONGO_USERS lists <user>:<database>:<variable holding its password>, separated by white space; each
// variable comes from .env. The mongo image runs this file once, as root, on the first start of an empty volume
// (/docker-entrypoint-initdb.d). Run it again after changing a password in .env and recreating the container
// (docker compose up -d mongo): it creates the users that are missing and sets the others' passwords:
//   docker compose exec mongo sh -c 'mongosh --quiet -u root -p "$MONGO_INITDB_ROOT_PASSWORD" \
//     --authenticationDatabase admin /docker-entrypoint-initdb.d/pes21-users.js'
// then restart the services whose password changed.
const specs = (process.env.PES21_MONGO_USERS || '').split(/\s+/).filter((spec) => spec.length > 0);
if (specs.length === 0) {
  throw new Error('PES21_MONGO_USERS is empty: no user to create');
}
for (const spec of specs) {
  const [user, database, variable] = spec.split(':');
  const password = variable ? process.env[variable] : undefined;
  if (!user || !database || !password) {
    throw new Error(`${spec}: expected <user>:<database>:<variable>, the variable set (.env)`);
  }
  const target = db.getSiblingDB(database);
  const roles = [{ role: 'readWrite', db: database }];
  if (target.getUser(user) === null) {
    target.createUser({ user: user, pwd: password, roles: roles });
    print(`created the user ${user} of database ${database}`);
  }
  else {
    target.updateUser(user, { pwd: password, roles: roles });
    print(`updated the user ${user} of database ${database}`);
  }
}
