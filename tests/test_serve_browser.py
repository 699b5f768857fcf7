"""The desk in a real headless browser: Debian's Chromium, driven by selenium through chromium-driver.

It pastes an article, gets the brief, clicks a point and checks that the point's words light up in
the article pane and come into view; follows a backlink; downloads the PDF; shows an error; and
runs hostile article text (`<script>`, `javascript:` links, `{{ }}`) to check it shows as text and
nothing runs. Screenshots of each state are saved (the README's come from `samples/desk-screenshots.py`).
`.ci/run` installs the browser; only where it cannot be installed are these tests skipped.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_server import RunningDesk, make_brief, running_desk
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait
from test_serve_http import HOSTILE

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
WAIT_SECONDS = 60
WINDOW = (1366, 800)  # a laptop screen
LIT_COLOUR = "rgba(255, 216, 77, 1)"  # --lit in desk.css: the words of the point in hand


def start_browser(downloads: Path, *, javascript: bool = True) -> WebDriver:
    """Headless Chromium with downloads going to `downloads`; the driver is Debian's, never fetched."""
    if not CHROMIUM or not DRIVER:
        pytest.skip("Chromium or chromium-driver is not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB"):
        options.add_argument(arg)
    options.add_argument(f"--window-size={WINDOW[0]},{WINDOW[1]}")
    prefs: dict[str, object] = {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


@pytest.fixture(scope="module")
def desk() -> Iterator[RunningDesk]:
    with running_desk() as running:
        yield running


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[WebDriver]:
    driver = start_browser(downloads)
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: WebDriver) -> WebDriverWait:
    return WebDriverWait(driver, WAIT_SECONDS)


def paste_and_make(driver: WebDriver, desk: RunningDesk, text: str) -> None:
    """Paste `text` into the form as a person would (the clipboard's text arrives as one input)
    and make the brief; returns when the brief is on screen."""
    driver.get(desk.url + "/")
    area = driver.find_element(By.ID, "text")
    driver.execute_script(
        "arguments[0].focus(); arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));",
        area,
        text,
    )
    driver.find_element(By.ID, "make").click()
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".brief-pane") or d.find_elements(By.ID, "error"))


def lit_text(driver: WebDriver) -> str:
    return "".join(el.text for el in driver.find_elements(By.CSS_SELECTOR, ".article-pane .ev.lit"))


def in_view(driver: WebDriver, element: WebElement, pane: WebElement) -> bool:
    return bool(
        driver.execute_script(
            "const a = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
            "return a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.height > 0;",
            element,
            pane,
        )
    )


def words_of(point: WebElement, article: str) -> list[str]:
    """The article's words a point cites, from its evidence attribute."""
    spans = [tuple(map(int, span.split("-"))) for span in (point.get_attribute("data-evidence") or "").split()]
    return [article[start:end] for start, end in spans]


def test_empty_page(browser: WebDriver, desk: RunningDesk, tmp_path: Path) -> None:
    browser.get(desk.url + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Brief an article"
    assert browser.find_element(By.ID, "text").is_displayed()
    browser.save_screenshot(str(tmp_path / "desk-empty.png"))
    assert not _console_errors(browser)


def test_paste_click_a_point_see_its_words_and_download_the_pdf(
    browser: WebDriver, desk: RunningDesk, downloads: Path, article_text: str, tmp_path: Path
) -> None:
    paste_and_make(browser, desk, article_text)
    assert not browser.find_elements(By.ID, "error")
    article_pane = browser.find_element(By.CSS_SELECTOR, ".article-pane")
    points = browser.find_elements(By.CSS_SELECTOR, ".brief-pane .point")
    assert len(points) >= 4
    # The last position's words sit lower in the article: clicking it must light them and scroll there.
    point = points[-1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", point)
    point.click()
    expected = words_of(point, article_text)
    wait(browser).until(lambda d: lit_text(d))
    assert " ".join(lit_text(browser).split()) == " ".join(" ".join(expected).split())
    first_lit = browser.find_element(By.CSS_SELECTOR, ".article-pane .ev.lit")
    wait(browser).until(lambda d: in_view(d, first_lit, article_pane))
    assert "lit" in (point.get_attribute("class") or "")
    assert "highlighted in the article" in browser.find_element(By.ID, "live").get_attribute("textContent")
    browser.save_screenshot(str(tmp_path / "desk-brief.png"))

    # Each highlighted sentence links back to the points that cite it.
    backlink = browser.find_element(By.CSS_SELECTOR, ".article-pane .cited-by.lit .backlink")
    target = backlink.get_attribute("data-point")
    backlink.click()
    wait(browser).until(lambda d: d.switch_to.active_element.get_attribute("id") == target)

    # The PDF of the brief shown.
    for old in downloads.glob("*.pdf"):
        old.unlink()
    browser.find_element(By.ID, "download-pdf").click()
    deadline = time.monotonic() + WAIT_SECONDS
    while not (pdfs := list(downloads.glob("*.pdf"))) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pdfs, "no PDF was downloaded"
    assert pdfs[0].read_bytes().startswith(b"%PDF-")
    assert not _console_errors(browser)


def test_keyboard_reaches_points_and_lights_their_words(
    browser: WebDriver, desk: RunningDesk, article_text: str
) -> None:
    paste_and_make(browser, desk, article_text)
    body = browser.find_element(By.TAG_NAME, "body")
    body.click()
    for _ in range(60):  # Tab through the downloads and the e-mail panel to the first point
        browser.switch_to.active_element.send_keys(Keys.TAB)
        if "point" in (browser.switch_to.active_element.get_attribute("class") or ""):
            break
    focused = browser.switch_to.active_element
    assert "point" in (focused.get_attribute("class") or ""), "no point of the brief is reachable by Tab"
    wait(browser).until(lambda d: lit_text(d))
    assert " ".join(lit_text(browser).split()) == " ".join(" ".join(words_of(focused, article_text)).split())


def test_the_date_is_prefilled_from_the_input(browser: WebDriver, desk: RunningDesk, article_text: str) -> None:
    browser.get(desk.url + "/")
    dated = article_text.replace("GENEVA, March 3 (Wire)", "GENEVA, March 3, 2026 (Wire)")
    area = browser.find_element(By.ID, "text")
    browser.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        area,
        dated,
    )
    published = browser.find_element(By.ID, "published")
    wait(browser).until(lambda d: published.get_attribute("value") == "2026-03-03")
    assert browser.find_element(By.ID, "title").get_attribute("placeholder").startswith("Northland and Southland")


def test_a_chosen_file_fills_the_date_and_makes_the_brief(
    browser: WebDriver, desk: RunningDesk, article_text: str, tmp_path: Path
) -> None:
    page = tmp_path / "talks.md"
    body = article_text.split("\n", 2)[2]
    page.write_text(f"---\ntitle: Border talks to resume\ndate: 2026-02-27\n---\n\n{body}", encoding="utf-8")
    browser.get(desk.url + "/")
    browser.find_element(By.ID, "file").send_keys(str(page))
    published = browser.find_element(By.ID, "published")
    wait(browser).until(lambda d: published.get_attribute("value") == "2026-02-27")
    browser.find_element(By.ID, "make").click()
    wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".brief-pane h1"))
    assert browser.find_element(By.CSS_SELECTOR, ".brief-pane h1").text == "Border talks to resume"
    assert "published 27 February 2026 (as set in the form)" in browser.find_element(By.CSS_SELECTOR, ".about").text


def test_hovering_a_point_lights_its_words(browser: WebDriver, desk: RunningDesk, article_text: str) -> None:
    paste_and_make(browser, desk, article_text)
    point = browser.find_elements(By.CSS_SELECTOR, ".brief-pane .point")[0]
    ActionChains(browser).move_to_element(point).perform()
    wait(browser).until(lambda d: lit_text(d))
    assert " ".join(lit_text(browser).split()) == " ".join(" ".join(words_of(point, article_text)).split())


def test_an_error_is_shown_on_the_page(browser: WebDriver, desk: RunningDesk, tmp_path: Path) -> None:
    paste_and_make(browser, desk, "Too short to brief.")
    error = browser.find_element(By.ID, "error")
    assert error.text == "the pasted text: no article text found"
    assert error.get_attribute("role") == "alert"
    assert browser.find_element(By.ID, "text").get_attribute("value") == "Too short to brief."
    browser.save_screenshot(str(tmp_path / "desk-error.png"))


def test_hostile_article_text_shows_as_text_and_nothing_runs(browser: WebDriver, desk: RunningDesk) -> None:
    paste_and_make(browser, desk, HOSTILE)
    assert not browser.find_elements(By.ID, "error")
    article = browser.find_element(By.CSS_SELECTOR, ".article-text").text
    assert "<script>window.pwned = 1</script>" in article
    assert "{{ 7*7 }} ships" in article
    assert "[see the map](javascript:window.pwned=3) javascript:alert(1)" in article
    assert '<img src=x onerror="window.pwned = 2">' in article
    # Every link and point on the page, clicked: none runs anything.
    for element in browser.find_elements(By.CSS_SELECTOR, ".brief-pane .point, .article-pane a"):
        browser.execute_script("arguments[0].click()", element)
    assert browser.execute_script("return window.pwned === undefined")
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1
    assert not browser.find_elements(By.TAG_NAME, "img")
    assert not browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i]")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it is what raises when there is none


def _console_errors(driver: WebDriver) -> list[str]:
    """Errors the page logged (a CSP violation, a script error): there should be none."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_without_javascript_the_brief_reads_and_a_citation_lands_on_its_words(
    desk: RunningDesk, downloads: Path, article_text: str
) -> None:
    with desk.client() as client:
        path = make_brief(client, article_text)
    driver = start_browser(downloads, javascript=False)
    try:
        driver.get(desk.url + path)
        assert driver.find_element(By.CSS_SELECTOR, ".brief-pane h1").is_displayed()
        assert "Kessel valley" in driver.find_element(By.CSS_SELECTOR, ".article-text").text
        cite = driver.find_element(By.CSS_SELECTOR, ".brief-pane a.cite")
        number = cite.get_attribute("data-q")
        cite.click()
        assert driver.current_url.endswith(f"#ev-{number}")
        words = driver.find_element(By.CSS_SELECTOR, f"#ev-{number} + .ev")
        # CSS :target, no script (waited for: the colour eases in)
        wait(driver).until(lambda d: words.value_of_css_property("background-color") == LIT_COLOUR)
        assert not driver.find_elements(By.CSS_SELECTOR, ".lit")  # the script did not run
    finally:
        driver.quit()
