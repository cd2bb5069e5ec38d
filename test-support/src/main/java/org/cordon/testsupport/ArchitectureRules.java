package org.cordon.testsupport;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every service checks: rules are plain Java, and services share
 * only contracts and the platform. Each service also shows each rule failing once on a
 * deliberate violation, so a rule that silently stopped matching is noticed.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * Domain packages hold rules only: no Spring, database, Kafka, reactive or JSON
	 * types.
	 * @return the rule
	 */
	public static ArchRule domainIsPlainJava() {
		return noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "io.r2dbc..", "org.apache.kafka..", "reactor..",
					"tools.jackson..", "com.fasterxml..", "jakarta..", "org.cordon.platform.outbox..",
					"org.cordon.platform.identity..", "org.cordon.platform.problem..")
			.because("the rules of a context are plain Java with fast unit tests");
	}

	/**
	 * A service depends on no other service, only on the published contracts and the
	 * platform.
	 * @param servicePackage the service's root package, e.g.
	 * {@code org.cordon.checkpoint}
	 * @return the rule
	 */
	public static ArchRule dependsOnlyOnContractsAndPlatform(String servicePackage) {
		return noClasses().that()
			.resideInAPackage(servicePackage + "..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.cordon..")
				.and(not(resideInAnyPackage(servicePackage + "..", "org.cordon.contracts..", "org.cordon.platform.."))))
			.because("services share only the published event contracts and the platform");
	}

}
