"""Screenshots of the web desk for the README, from the same headless Chromium the browser tests drive.

    .venv/bin/python samples/desk-screenshots.py     # writes samples/desk/*.png

Needs the test extra and Debian's chromium + chromium-driver (as `.ci/run` installs them).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from desk_server import running_desk  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from test_serve_browser import in_view, lit_text, paste_and_make, start_browser, wait  # noqa: E402

OUT = HERE / "desk"
ARTICLE = HERE / "port-strike-talks.txt"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as downloads, running_desk() as desk:
        browser = start_browser(Path(downloads))
        try:
            browser.get(desk.url + "/")
            browser.save_screenshot(str(OUT / "empty.png"))

            paste_and_make(browser, desk, ARTICLE.read_text(encoding="utf-8"))
            points = browser.find_elements(By.CSS_SELECTOR, ".brief-pane .point")
            # A precondition reads best as the example: the first one, else the first point.
            conditions = [p for p in points if "Condition" in p.text or p.find_elements(By.XPATH, "ancestor::ul")]
            point = (conditions or points)[min(2, len(conditions or points) - 1)]
            browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", point)
            point.click()
            wait(browser).until(lambda d: lit_text(d))
            lit = browser.find_element(By.CSS_SELECTOR, ".article-pane .ev.lit")
            pane = browser.find_element(By.CSS_SELECTOR, ".article-pane")
            wait(browser).until(lambda d: in_view(d, lit, pane))
            browser.save_screenshot(str(OUT / "brief.png"))

            paste_and_make(browser, desk, "Too short to brief.")
            browser.save_screenshot(str(OUT / "error.png"))
        finally:
            browser.quit()
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
