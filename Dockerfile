# syntax=docker/dockerfile:1
# The newsflow command as an image: one image for the ingest, enrich and sink services of
# docker-compose.yml. Build with `docker build -t newsflow .`, try with `docker run --rm newsflow --help`.

# --- build: the jar of the cli module and its runtime class path ----------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY . .
# the Maven repository is a build cache, not a layer: the German model jar alone is 200 MB
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q install -DskipTests \
    && mvn -B -q -pl cli dependency:copy-dependencies -DincludeScope=runtime \
        -DexcludeGroupIds=dev.newsflow -DoutputDirectory=/build/lib \
    && mvn -B -q -pl cli dependency:copy-dependencies -DincludeScope=runtime \
        -DincludeGroupIds=dev.newsflow -DoutputDirectory=/build/modules

# --- runtime --------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 newsflow \
    && useradd --system --uid 10001 --gid newsflow --home-dir /var/lib/newsflow --shell /usr/sbin/nologin newsflow \
    && mkdir -p /var/lib/newsflow/state /data/out \
    && chown -R newsflow:newsflow /var/lib/newsflow /data/out
WORKDIR /app
# third-party libraries first (large, seldom changed), then newsflow's own modules and the command
COPY --from=build /build/lib/ /app/lib/
COPY --from=build /build/modules/ /app/lib/
COPY --from=build /build/cli/target/newsflow.jar /app/newsflow.jar
USER newsflow
ENTRYPOINT ["java", "-Xmx1g", "-cp", "/app/newsflow.jar:/app/lib/*", "dev.newsflow.cli.Main"]
CMD ["--help"]
