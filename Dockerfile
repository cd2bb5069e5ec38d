# One multi-stage build for every service: docker build --build-arg MODULE=<module> .
# The build stage compiles the module (and what it depends on) with the Maven wrapper;
# the runtime stage is a JRE with the service's executable jar only.
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contracts contracts
COPY platform platform
COPY test-support test-support
COPY checkpoint-service checkpoint-service
COPY quarantine-service quarantine-service
COPY supply-service supply-service
COPY inspection-service inspection-service
COPY reporting-service reporting-service
COPY gateway gateway
COPY devstack devstack
RUN ./mvnw -B -q -DskipTests -pl ${MODULE} -am package

FROM eclipse-temurin:17-jre
ARG MODULE
RUN useradd --system --uid 10001 cordon
USER cordon
COPY --from=build /src/${MODULE}/target/${MODULE}-0.1.0.jar /app/service.jar
# Netty's sampling of buffers for leaks is a debugging aid, off in production (ADR 24)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dio.netty.leakDetection.level=disabled", "-jar", "/app/service.jar"]
