package org.cordon.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture tests every service runs: the {@link ArchitectureRules} against its
 * own classes, and each rule against the deliberate violations in its test package
 * {@code <service>.archfixture}, so a rule that stopped matching anything is noticed. A
 * service extends this class and names its root package.
 */
public abstract class ServiceArchitectureTest {

	/**
	 * @return the service's root package, e.g. {@code org.cordon.checkpoint}
	 */
	protected abstract String servicePackage();

	private JavaClasses service() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(servicePackage());
	}

	private JavaClasses deliberateViolations() {
		return new ClassFileImporter().importPackages(servicePackage() + ".archfixture");
	}

	@Test
	void domainPackagesArePlainJava() {
		JavaClasses service = service();
		assertThat(service.stream().filter((type) -> type.getPackageName().endsWith(".domain"))).isNotEmpty();
		ArchitectureRules.domainIsPlainJava().check(service);
	}

	@Test
	void theDomainRuleCatchesADomainClassThatUsesSpring() {
		assertThat(ArchitectureRules.domainIsPlainJava().evaluate(deliberateViolations()).hasViolation()).isTrue();
	}

	@Test
	void theServiceDependsOnlyOnContractsAndPlatform() {
		ArchitectureRules.dependsOnlyOnContractsAndPlatform(servicePackage()).check(service());
	}

	@Test
	void theDependencyRuleCatchesAClassThatUsesAnotherService() {
		assertThat(ArchitectureRules.dependsOnlyOnContractsAndPlatform(servicePackage())
			.evaluate(deliberateViolations())
			.hasViolation()).isTrue();
	}

}
