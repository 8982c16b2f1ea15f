# syntax=docker/dockerfile:1
#
# One image per deployable of the suite, from this one file: docker build --build-arg MODULE=dla-service .
# (docker-compose.yml does it for each service and the gateway). Decision 9 (docs/decisions/) says why.

# The staff web application (frontend/, decision 15), built with Node.js from the npm packages of its lockfile and
# the API documents of docs/api/; the Maven stage below packages the result instead of running npm itself.
FROM node:20-bookworm-slim AS frontend
WORKDIR /workspace
COPY docs/api docs/api
COPY frontend/package.json frontend/package-lock.json frontend/
RUN --mount=type=cache,target=/root/.npm cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
RUN cd frontend && npm run generate && npm run build

# Build: every deployable at once. Nothing here depends on MODULE, so BuildKit builds this stage once and
# every image of the suite reuses it. Local Maven repository in a cache mount: dependencies are downloaded
# once per machine, not once per change. No AOT cache training here (decision 21): the image does not use one yet;
# nor the extraction into target/aot/ the local stack runs (the layers stage below extracts the jar its own way).
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /workspace
COPY . .
COPY --from=frontend /workspace/frontend/dist frontend/dist
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Dmaven.test.skip=true -Dfrontend.prebuilt=true -Dpes21.aot.skip=true -Dpes21.extract.skip=true \
      package -pl '!local-stack,!end-to-end,!deployment'

# Split the chosen module's executable jar into layers, from the least to the most often changed, so that a
# new build of the same service only ships the last one or two.
FROM build AS layers
ARG MODULE
RUN test -n "${MODULE}" || { echo "MODULE is not set: docker build --build-arg MODULE=<service module> ."; exit 1; }; \
    test -f "${MODULE}/target/${MODULE}.jar" || { echo "${MODULE} builds no ${MODULE}/target/${MODULE}.jar"; exit 1; }; \
    cp "${MODULE}/target/${MODULE}.jar" /tmp/app.jar && \
    java -Djarmode=tools -jar /tmp/app.jar extract --layers --destination /layers

# Run: the JRE only, as an unprivileged user. The base has neither curl nor wget (Temurin's images install wget
# to fetch the JDK and purge it): the compose health check is a bash script using bash's /dev/tcp.
FROM eclipse-temurin:25-jre-noble
ARG MODULE
LABEL org.opencontainers.image.title="pes21 ${MODULE}"
RUN groupadd --gid 10001 pes21 \
    && useradd --uid 10001 --gid pes21 --no-create-home --home-dir /app --shell /usr/sbin/nologin pes21
COPY --chmod=755 ops/compose/healthcheck /usr/local/bin/healthcheck
WORKDIR /app
COPY --from=layers /layers/dependencies/ ./
COPY --from=layers /layers/spring-boot-loader/ ./
COPY --from=layers /layers/snapshot-dependencies/ ./
COPY --from=layers /layers/application/ ./
# Numeric, so that Kubernetes' runAsNonRoot can check it without reading /etc/passwd.
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
