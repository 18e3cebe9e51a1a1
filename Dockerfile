# One image for both roles (ROMNA_ROLE=api | worker | all).
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY workflows/pom.xml workflows/
COPY understanding/pom.xml understanding/
COPY activities/pom.xml activities/
COPY worker/pom.xml worker/
COPY local/pom.xml local/
COPY api/pom.xml api/
COPY bench/pom.xml bench/
RUN mvn -q -B dependency:go-offline -DexcludeReactor=true || true
COPY . .
# -Dproduction leaves the local run's in-process Temporal and embedded PostgreSQL (module local) out
# of the application; mvn verify runs the tests, so they are compiled but not run here.
RUN mvn -q -B -DskipTests -Dproduction -pl api -am package

FROM eclipse-temurin:17.0.15_6-jre
WORKDIR /app
RUN useradd --system --uid 10001 romna
COPY --from=build /src/api/target/romna.jar /app/romna.jar
USER romna
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/romna.jar"]
