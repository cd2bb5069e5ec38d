package org.cordon.quarantine.personaldata;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service refuses to start without its two keys, and says which one and how to make
 * it.
 */
class PersonalDataKeysTest {

	private static final String KEY = "hW2JynI4CmELKwwtBr38FoBmdtWTIiA1djlWMkW1oz8=";

	private static final String OTHER_KEY = "HU50vJkr2whTpgKeYdyGcOaPaEyr3agXGmKYckEsNiw=";

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(PersonalDataConfiguration.class);

	@Test
	void withBothKeysTheProtectionIsReady() {
		this.contexts
			.withPropertyValues("cordon.quarantine.id-number-key=" + KEY,
					"cordon.quarantine.id-number-hash-key=" + OTHER_KEY)
			.run((context) -> assertThat(context).hasSingleBean(IdNumberProtection.class));
	}

	@Test
	void aMissingEncryptionKeyStopsTheStartNamingIt() {
		this.contexts.withPropertyValues("cordon.quarantine.id-number-hash-key=" + OTHER_KEY)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(KeyProblem.class)
				.hasMessage("The key cordon.quarantine.id-number-key is not set."));
	}

	@Test
	void aMissingHashKeyStopsTheStartNamingIt() {
		this.contexts.withPropertyValues("cordon.quarantine.id-number-key=" + KEY)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("The key cordon.quarantine.id-number-hash-key is not set."));
	}

	@Test
	void aKeyThatIsNotBase64OrNot32BytesStopsTheStart() {
		this.contexts
			.withPropertyValues("cordon.quarantine.id-number-key=not base64!",
					"cordon.quarantine.id-number-hash-key=" + OTHER_KEY)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("The key cordon.quarantine.id-number-key is not base64."));
		this.contexts
			.withPropertyValues("cordon.quarantine.id-number-key=" + KEY,
					"cordon.quarantine.id-number-hash-key=c2hvcnQ=")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("The key cordon.quarantine.id-number-hash-key must decode to 32 bytes, not 5."));
	}

	@Test
	void oneKeyForBothPurposesStopsTheStart() {
		this.contexts
			.withPropertyValues("cordon.quarantine.id-number-key=" + KEY, "cordon.quarantine.id-number-hash-key=" + KEY)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("The key cordon.quarantine.id-number-hash-key must differ from the encryption key."));
	}

	@Test
	void theFailureAnalysisIsRegisteredForSpringBootToUse() {
		// other analyzers need a bean factory to be built: skip those, find ours
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null,
					SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {
					})))
			.hasAtLeastOneElementOfType(KeyFailureAnalyzer.class);
	}

	@Test
	void theFailureAnalysisSaysHowToMakeAKeyAndNeverShowsOne() {
		FailureAnalysis analysis = new KeyFailureAnalyzer()
			.analyze(new IllegalStateException(new KeyProblem("cordon.quarantine.id-number-key", "is not set")));

		assertThat(analysis.getDescription()).contains("cordon.quarantine.id-number-key is not set");
		assertThat(analysis.getAction()).contains("openssl rand -base64 32")
			.contains("CORDON_QUARANTINE_ID_NUMBER_KEY")
			.doesNotContain(KEY);
	}

}
