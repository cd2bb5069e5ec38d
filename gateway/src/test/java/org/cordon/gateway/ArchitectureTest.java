package org.cordon.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.cordon.testsupport.ArchitectureRules;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

	private static final JavaClasses GATEWAY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.cordon.gateway");

	private static final JavaClasses DELIBERATE_VIOLATIONS = new ClassFileImporter()
		.importPackages("org.cordon.gateway.archfixture");

	@Test
	void domainPackagesArePlainJava() {
		assertThat(GATEWAY.stream().filter((type) -> type.getPackageName().endsWith(".domain"))).isNotEmpty();
		ArchitectureRules.domainIsPlainJava().check(GATEWAY);
	}

	@Test
	void theDomainRuleCatchesADomainClassThatUsesSpring() {
		assertThat(ArchitectureRules.domainIsPlainJava().evaluate(DELIBERATE_VIOLATIONS).hasViolation()).isTrue();
	}

	@Test
	void theGatewayDependsOnlyOnContractsAndPlatform() {
		ArchitectureRules.dependsOnlyOnContractsAndPlatform("org.cordon.gateway").check(GATEWAY);
	}

	@Test
	void theDependencyRuleCatchesAClassThatUsesAService() {
		assertThat(ArchitectureRules.dependsOnlyOnContractsAndPlatform("org.cordon.gateway")
			.evaluate(DELIBERATE_VIOLATIONS)
			.hasViolation()).isTrue();
	}

}
