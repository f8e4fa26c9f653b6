package org.deskbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where onnxruntime loads its native libraries from. Left alone, it extracts them into a new {@code
 * onnxruntime-java*} folder in the temp directory on every run and leaves the folder behind (it
 * asks for the folder's deletion at exit before the files', so the folder is not empty yet when its
 * turn comes). Extracted once into a cache folder and named by {@code onnxruntime.native.path},
 * nothing is written to the temp directory: the folder onnxruntime still makes stays empty and goes
 * at exit.
 */
public final class OnnxNatives {
  private static final Logger LOG = LoggerFactory.getLogger(OnnxNatives.class);

  /** onnxruntime's own system property: the folder its native libraries are loaded from. */
  static final String PROPERTY = "onnxruntime.native.path";

  private OnnxNatives() {}

  /**
   * Makes onnxruntime load its libraries from {@code cacheDir/onnxruntime/PLATFORM/}, extracting
   * them there when missing or different from the jar's. Call before the first model is loaded; a
   * later call, a property already set (by the user or an earlier call), an unknown platform or a
   * folder that cannot be written leaves onnxruntime to its own way.
   */
  public static synchronized void loadFrom(Path cacheDir) {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    String platform = platform();
    if (platform == null) {
      return;
    }
    Path dir = cacheDir.resolve("onnxruntime").resolve(platform);
    try {
      for (String library :
          List.of(
              System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"))) {
        if (!extract("ai/onnxruntime/native/" + platform + "/" + library, dir.resolve(library))) {
          return;
        }
      }
      System.setProperty(PROPERTY, dir.toString());
    } catch (IOException e) {
      LOG.debug("onnxruntime extracts its own libraries: cannot use {}: {}", dir, e.toString());
    }
  }

  /**
   * Copies a classpath resource to {@code target} unless a copy of the same size and date is there;
   * false when the resource is missing.
   */
  private static boolean extract(String resource, Path target) throws IOException {
    URL url = OnnxNatives.class.getClassLoader().getResource(resource);
    if (url == null) {
      return false;
    }
    URLConnection jar = url.openConnection();
    long size = jar.getContentLengthLong();
    FileTime modified = FileTime.fromMillis(jar.getLastModified());
    if (Files.isRegularFile(target)
        && Files.size(target) == size
        && Files.getLastModifiedTime(target).equals(modified)) {
      return true;
    }
    Files.createDirectories(target.getParent());
    // another run may be loading the old copy: write beside it, then swap it in at once
    Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try (InputStream in = jar.getInputStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.setLastModifiedTime(part, modified);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    return true;
  }

  /** onnxruntime's name for this machine ({@code linux-x64}, {@code osx-aarch64}, ...), or null. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("mac") || os.contains("darwin")
            ? "osx"
            : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
    String a =
        arch.startsWith("amd64") || arch.startsWith("x86_64")
            ? "x64"
            : arch.startsWith("aarch64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }
}
