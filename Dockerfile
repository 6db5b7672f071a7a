# Newsdesk: question answering over news articles with citations.
# Build: docker build -t newsdesk .    Run: docker run -p 7070:7070 -v newsdesk-data:/app/data newsdesk

# --- build stage: dependencies in their own cached layer, then the shaded jar ---
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src/main src/main
COPY prompts prompts
# The image needs the application only: no test compilation, no SolrCloud test launcher.
RUN mvn -B -q -Dmaven.test.skip=true -Dsolr.launcher.skip=true package

# --- runtime stage: Java 17 JRE, non-root user ---
FROM eclipse-temurin:17-jre
RUN groupadd --system newsdesk && useradd --system --gid newsdesk --uid 10001 --home /app newsdesk
WORKDIR /app
COPY --from=build /src/target/newsdesk.jar /app/newsdesk.jar
COPY seeds /app/seeds
COPY prompts /app/prompts
RUN mkdir -p /app/data && chown -R newsdesk:newsdesk /app/data
USER newsdesk
ENV NEWSDESK_HOST=0.0.0.0 \
    NEWSDESK_PORT=7070 \
    NEWSDESK_SEEDS=/app/seeds \
    NEWSDESK_DATA_DIR=/app/data \
    NEWSDESK_PROMPTS_DIR=/app/prompts
EXPOSE 7070
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/newsdesk.jar"]
CMD ["serve"]
