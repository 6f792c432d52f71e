package delivery.architecture;

import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The dependency rules of ARCHITECTURE.md for one service, whose root package is
 * {@code delivery.<service>}: the domain is plain Java, the application knows no adapter,
 * adapters reach the application only through its ports, and no service reaches into another.
 */
public final class HexagonRules {

    public static final List<String> SERVICES = List.of("order", "store", "rider", "billing", "notification");

    private HexagonRules() {
    }

    public static ArchRule domainIsPlainJava(String service) {
        return noClasses().that().resideInAPackage(root(service) + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax.inject..", "java.sql..", "javax.sql..",
                        "com.rabbitmq..", "delivery.messaging..", "delivery.web..", "org.slf4j..")
                .because("the domain holds the business rules and nothing else");
    }

    public static ArchRule layers(String service) {
        String root = root(service);
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(root + ".domain..")
                .layer("application").definedBy(root + ".application..")
                .layer("adapters").definedBy(root + ".adapters..")
                .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("adapters")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "adapters");
    }

    public static ArchRule applicationKnowsNoTransport(String service) {
        return noClasses().that().resideInAPackage(root(service) + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut.http..", "io.micronaut.rabbitmq..", "com.rabbitmq..",
                        "io.micronaut.data.jdbc..", "java.sql..", "delivery.messaging..", "delivery.web..")
                .because("use cases know nothing of HTTP, AMQP or SQL; adapters do");
    }

    public static ArchRule noOtherService(String service) {
        String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                .map(other -> "delivery." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root(service) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share only platform/messaging and Pact contracts");
    }

    private static String root(String service) {
        return "delivery." + service;
    }
}
