# Newsdesk: question answering over news articles with citations.
# Build: docker build -t newsdesk .    Run: docker run -p 7070:7070 -v newsdesk-data:/app/data newsdesk

# --- build stage: dependencies resolved in their own cached layer, then the thin application jar ---
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src/main src/main
COPY prompts prompts
# The image needs the application only: no test compilation, no SolrCloud test launcher, no shaded jar. The
# runtime dependencies go to target/lib (a layer that changes only with pom.xml), the application to app.jar.
RUN mvn -B -q -Dmaven.test.skip=true -Dsolr.launcher.skip=true compile jar:jar \
        dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib \
    && cp target/newsdesk-*.jar target/app.jar

# --- runtime stage: Java 17 JRE, non-root user ---
FROM eclipse-temurin:17-jre
RUN groupadd --system newsdesk && useradd --system --gid newsdesk --uid 10001 --home /app newsdesk
WORKDIR /app
COPY --from=build /src/target/lib /app/lib
COPY --from=build /src/target/app.jar /app/app.jar
COPY seeds /app/seeds
COPY prompts /app/prompts
# The data dir and the native-library caches (ONNX Runtime unpacks into java.io.tmpdir, DJL into DJL_CACHE_DIR)
# must be writable by the app user, whose home /app is not.
RUN mkdir -p /app/data /app/cache/tmp /app/cache/djl && chown -R newsdesk:newsdesk /app/data /app/cache
USER newsdesk
ENV NEWSDESK_HOST=0.0.0.0 \
    NEWSDESK_PORT=7070 \
    NEWSDESK_SEEDS=/app/seeds \
    NEWSDESK_DATA_DIR=/app/data \
    NEWSDESK_PROMPTS_DIR=/app/prompts \
    DJL_CACHE_DIR=/app/cache/djl \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/app/cache/tmp"
EXPOSE 7070
VOLUME ["/app/data"]
# Ready means the index is served (docs/web.md): a plain HTTP/1.0 request through bash's /dev/tcp, so the image
# needs no curl.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/7070 && printf 'GET /ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-cp", "/app/app.jar:/app/lib/*", "newsdesk.launch.Main"]
CMD ["serve"]
