package org.deskbot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the browser tests (`.ci/run` installs {@code chromium} and
 * {@code chromium-driver}). Paths are given explicitly so Selenium never tries to download a
 * driver.
 */
public final class Chrome {
  private Chrome() {}

  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  /** A new headless browser; the caller quits it. */
  public static ChromeDriver start() {
    String browser =
        first(System.getenv("DESKBOT_CHROME"), BROWSERS, "Chromium (apt-get install chromium)");
    String driver =
        first(
            System.getenv("DESKBOT_CHROMEDRIVER"),
            DRIVERS,
            "chromedriver (apt-get install chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(driver).toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Keeps a screenshot as a test artifact under {@code target/screenshots/NAME.png}. */
  public static Path screenshot(ChromeDriver browser, String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  private static String first(String configured, List<String> candidates, String what) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return candidates.stream()
        .filter(p -> Files.isExecutable(Path.of(p)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + what + " found in " + candidates));
  }
}
