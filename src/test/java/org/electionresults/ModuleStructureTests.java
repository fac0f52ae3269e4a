package org.electionresults;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages and the direction of their dependencies (docs/architecture.md): a cycle, a
 * dependency a module does not declare, or a reach into another module's internals fails the build.
 * The module documentation is written to target/spring-modulith-docs on every build.
 */
class ModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ElectionResultsApplication.class);

	@Test
	void dependenciesRunOneWay() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
