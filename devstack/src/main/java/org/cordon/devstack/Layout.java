package org.cordon.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the embedded default keeps its state: everything under one git-ignored folder, so
 * a restart loses nothing and {@code --fresh} is one delete.
 *
 * @param root the state folder, {@code ./.cordon} by default
 * @param project the project folder, where the service jars are built
 */
public record Layout(Path root, Path project) {

	public Path postgresData() {
		return this.root.resolve("data/postgres");
	}

	public Path kafkaData() {
		return this.root.resolve("data/kafka");
	}

	public Path logs() {
		return this.root.resolve("logs");
	}

	public Path log(String component) {
		return logs().resolve(component + ".log");
	}

	public Path run() {
		return this.root.resolve("run");
	}

	public Path pidFile(String component) {
		return run().resolve(component + ".pid");
	}

	public Path identity() {
		return this.root.resolve("identity");
	}

	public Path serviceJar(String module) {
		return this.project.resolve(module).resolve("target").resolve(module + "-0.1.0.jar");
	}

	void createFolders() {
		try {
			Files.createDirectories(postgresData().getParent());
			Files.createDirectories(kafkaData());
			Files.createDirectories(logs());
			Files.createDirectories(run());
			Files.createDirectories(identity());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
