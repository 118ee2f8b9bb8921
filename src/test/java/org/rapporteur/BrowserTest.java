package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML outputs of a whole run in a real headless browser (Debian's chromium through its chromedriver; skipped
 * where it is not installed): the index lists the sessions, sorts and filters them and links to every report, the
 * charts render, and a
 * session whose title, speaker names and poll options are hostile markup shows them as text, runs no script and
 * sends no request. With {@code -Drapporteur.screenshots=docs} it also refreshes the README's pictures.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE_ID = "hostile";

    @TempDir
    static Path tmp;

    /** Every request the hostile markup could make ends here, where it is counted. */
    private static final Queue<String> LEAKED = new ConcurrentLinkedQueue<>();
    private static HttpServer trap;
    private static HttpServer site;
    private static WebDriver browser;
    private static List<String> sessions;

    @BeforeAll
    static void runAndOpenTheBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
        trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            LEAKED.add(exchange.getRequestURI().toString());
            reply(exchange, 204, new byte[0], "text/plain");
        });
        trap.start();

        Path in = tmp.resolve("in");
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(Files::isDirectory).toList()) {
                copy(sample, in.resolve(sample.getFileName()));
            }
        }
        hostileSession(in.resolve(HOSTILE_ID), "http://127.0.0.1:" + trap.getAddress().getPort());
        try (Stream<Path> folders = Files.list(in)) {
            sessions = folders.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapporteurApplication.run(new String[] {"--out", out.toString(), "--db",
                "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "--threads", "2", in.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> serve(out, exchange));
        site.start();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--window-size=1200,1400",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")),
                // no name resolves and only loopback is reached, so nothing leaves this machine whatever a page asks for
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        // the driver Debian ships, named outright, so Selenium never looks for or downloads one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.stop(0);
        }
        if (trap != null) {
            trap.stop(0);
        }
    }

    @Test
    void theIndexListsEverySessionAndEveryReportLinkOpens() {
        open("index.html");
        List<WebElement> links = browser.findElements(By.cssSelector("table a[href$='/report.html']"));
        assertThat(links).extracting(a -> a.getDomAttribute("href"))
                .containsExactlyInAnyOrderElementsOf(sessions.stream().map(s -> s + "/report.html").toList());
        for (WebElement row : browser.findElements(By.cssSelector("table a[href$='/report.html']"))) {
            assertThat(row.isDisplayed()).isTrue();
        }
        List<String> hrefs = links.stream().map(a -> a.getDomAttribute("href")).toList();
        for (String href : hrefs) {
            open("index.html");
            browser.findElement(By.cssSelector("a[href='" + href + "']")).click();
            assertThat(browser.getCurrentUrl()).endsWith("/" + href);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("takeaways")).getText()).startsWith("Key Takeaways");
        }
        open("index.html");
        screenshot("screenshot-index.png", null);
    }

    @Test
    void theIndexSortsAndFilters() {
        open("index.html");
        WebElement text = browser.findElement(By.cssSelector("#filters input[name=text]"));
        text.sendKeys("Community networks");
        assertThat(visibleReportLinks()).containsExactly("of-community-networks/report.html");
        browser.navigate().refresh();

        WebElement sort = browser.findElements(By.cssSelector("th button.sort")).get(0);
        sort.click();
        List<String> ascending = visibleReportLinks();
        browser.findElements(By.cssSelector("th button.sort")).get(0).click();
        List<String> descending = visibleReportLinks();
        assertThat(ascending).hasSize(sessions.size());
        assertThat(descending).containsExactlyElementsOf(reversed(ascending));
    }

    @Test
    void theChartsRenderWithTheirTitlesAndDescriptions() {
        for (String session : sessions) {
            open(session + "/report.html");
            List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).as(session).isNotEmpty();
            for (WebElement chart : charts) {
                assertThat(chart.getSize().getWidth()).as(session).isGreaterThan(100);
                assertThat(chart.getSize().getHeight()).as(session).isGreaterThan(20);
                assertThat(chart.getDomAttribute("role")).isEqualTo("img");
                String[] labels = chart.getDomAttribute("aria-labelledby").split(" ");
                assertThat(browser.findElement(By.id(labels[0])).getAttribute("textContent")).isNotBlank();
                assertThat(browser.findElement(By.id(labels[1])).getAttribute("textContent")).isNotBlank();
                assertThat(chart.findElements(By.cssSelector("rect"))).isNotEmpty()
                        .allSatisfy(bar -> assertThat(bar.getSize().getHeight()).isPositive());
            }
            assertThat(browser.findElements(By.id("chart-speakers"))).as(session).hasSize(1);
        }
        open(HOSTILE_ID + "/report.html");
        assertThat(browser.findElements(By.id("chart-timeline"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[id^=chart-poll-]"))).isNotEmpty();
        open("ws530/report.html");
        screenshot("screenshot-report.png", null);
        screenshot("screenshot-charts.png", browser.findElement(By.id("participation")));
    }

    @Test
    void hostileSessionTextShowsAsTextRunsNothingAndSendsNothing() {
        for (String page : List.of(HOSTILE_ID + "/report.html", "index.html")) {
            open(page);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(js.executeScript("return window.__pwned === undefined")).as(page).isEqualTo(true);
            assertThat(js.executeScript("return document.querySelectorAll("
                    + "'img, iframe, object, embed, [onerror], [onload], [onmouseover]').length")).as(page)
                    .isEqualTo(0L);
            assertThat(js.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => !e.name.startsWith(location.origin)).length")).as(page).isEqualTo(0L);
            assertThat(browser.findElement(By.tagName("body")).getText()).as(page)
                    .contains("<script>window.__pwned=1</script>");
        }
        open(HOSTILE_ID + "/report.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>window.__pwned=1</script>")
                .contains("{{7*7}}").contains("${7*7}");
        assertThat(browser.findElement(By.id("chart-timeline")).getAttribute("textContent"))
                .contains("<img src=");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.scripts.length")).isEqualTo(0L);
        assertThat(LEAKED).isEmpty();
    }

    // ---- the session and the serving ----

    /** A session whose every name is markup aimed at the page, and a request to the trap if any of it ran. */
    private static void hostileSession(Path dir, String trapUrl) throws IOException {
        Files.createDirectories(dir);
        String img = "<img src=" + trapUrl + "/%s onerror=\"window.__pwned=2\">";
        Files.writeString(dir.resolve("proposal.txt"), String.join("\n",
                "IGF 2024 WS #999 <script>window.__pwned=1</script>" + img.formatted("title") + " {{7*7}} ${7*7}",
                "",
                "Speaker 1: Eve " + img.formatted("speaker") + ", Civil Society, African Group",
                "Speaker 2: Mallory <svg onload=window.__pwned=3>, Private Sector, WEOG",
                "",
                "Format",
                "",
                "Round Table - 60 Min",
                ""), StandardCharsets.UTF_8);
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        String[] voices = {"Eve " + img.formatted("voice"), "Mallory <svg onload=window.__pwned=3>"};
        String[] lines = {"Welcome, everyone, to this session on trust in digital public infrastructure.",
            "Governments should publish the source code of public digital infrastructure.",
            "I agree, and operators must report security incidents within a day.",
            "We need independent audits of identity systems before they scale."};
        for (int i = 0; i < 8; i++) {
            // Webex's layout: the speaker's name, as typed in the meeting, in the cue id
            vtt.append(i + 1).append(" \"").append(voices[i % 2]).append("\" (1262511360)\n")
                    .append(String.format("00:%02d:05.000 --> 00:%02d:50.000%n", i * 2, i * 2 + 1))
                    .append(lines[i % 4]).append("\n\n");
        }
        Files.writeString(dir.resolve("transcript.vtt"), vtt, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("polls.csv"), String.join("\n",
                "Poll,Question,Type,Option,Votes,Percentage",
                "Poll 1,Who should audit? " + img.formatted("poll") + ",multiple-choice,Regulators " + img.formatted("option") + ",7,70",
                "Poll 1,Who should audit? " + img.formatted("poll") + ",multiple-choice,<script>window.__pwned=4</script>,3,30",
                ""), StandardCharsets.UTF_8);
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            reply(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8), "text/plain");
            return;
        }
        String name = file.getFileName().toString();
        String type = Map.of("html", "text/html; charset=utf-8", "png", "image/png", "json", "application/json",
                "csv", "text/csv").getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        reply(exchange, 200, Files.readAllBytes(file), type);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void open(String page) {
        browser.get("http://127.0.0.1:" + site.getAddress().getPort() + "/" + page);
    }

    private static List<String> visibleReportLinks() {
        return browser.findElements(By.cssSelector("table a[href$='/report.html']")).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getDomAttribute("href")).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Into target/, and into the folder {@code -Drapporteur.screenshots} names, if any. */
    private static void screenshot(String name, WebElement element) {
        byte[] png = element != null ? element.getScreenshotAs(OutputType.BYTES)
                : ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try {
            Path shot = Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name), png);
            String folder = System.getProperty("rapporteur.screenshots");
            if (folder != null) {
                Files.copy(shot, Files.createDirectories(Path.of(folder)).resolve(name),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the screenshot " + name, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
