package course.grader.classreport;

import course.grader.io.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless chromium driven through chromedriver, both from the machine (Debian's {@code chromium}
 * and {@code chromium-driver} by default; {@code CHROME_BIN} and {@code CHROMEDRIVER} point
 * elsewhere). Nothing is downloaded, and the browser is kept off the network.
 */
record Browser(WebDriver driver, Path profile) implements AutoCloseable {

    /** Starts the browser, or skips the calling test where none is installed. */
    static Browser startOrSkip() throws IOException {
        Path binary = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(Files.isExecutable(binary) && Files.isExecutable(chromedriver),
                "no chromium at " + binary + " with chromedriver at " + chromedriver);
        Path profile = Files.createTempDirectory("report-browser-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileTrees.delete(profile);
        } catch (IOException leftBehind) {
            // A temporary profile; the system cleans its temporary folder.
        }
    }
}
