package org.cordon.inspection;

import org.cordon.testsupport.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

	@Override
	protected String servicePackage() {
		return "org.cordon.inspection";
	}

}
