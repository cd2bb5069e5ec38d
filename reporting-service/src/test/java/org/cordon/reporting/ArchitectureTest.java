package org.cordon.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.cordon.testsupport.ArchitectureRules;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

	private static final JavaClasses SERVICE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.cordon.reporting");

	private static final JavaClasses DELIBERATE_VIOLATIONS = new ClassFileImporter()
		.importPackages("org.cordon.reporting.archfixture");

	@Test
	void domainPackagesArePlainJava() {
		assertThat(SERVICE.stream().filter((type) -> type.getPackageName().endsWith(".domain"))).isNotEmpty();
		ArchitectureRules.domainIsPlainJava().check(SERVICE);
	}

	@Test
	void theDomainRuleCatchesADomainClassThatUsesSpring() {
		assertThat(ArchitectureRules.domainIsPlainJava().evaluate(DELIBERATE_VIOLATIONS).hasViolation()).isTrue();
	}

	@Test
	void theServiceDependsOnlyOnContractsAndPlatform() {
		ArchitectureRules.dependsOnlyOnContractsAndPlatform("org.cordon.reporting").check(SERVICE);
	}

	@Test
	void theDependencyRuleCatchesAClassThatUsesAnotherService() {
		assertThat(ArchitectureRules.dependsOnlyOnContractsAndPlatform("org.cordon.reporting")
			.evaluate(DELIBERATE_VIOLATIONS)
			.hasViolation()).isTrue();
	}

}
