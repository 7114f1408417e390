"""Real-browser test: Jupyter Notebook on localhost with the `java` kernel, driven by headless
Chromium (Debian's chromium + chromium-driver, through selenium), and the reproduction website
opened from disk. Screenshots go to build/browser/ for a person to look at.

Skipped (with the reason) when Chromium, its driver or selenium is missing; .ci/run installs them.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, "build", "browser")

selenium = pytest.importorskip("selenium", reason="python3-selenium is not installed")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    pytest.skip("Debian's chromium and chromium-driver are not installed", allow_module_level=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="treatylab-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 "--window-size=1280,1400", "--user-data-dir=" + profile]:
        opts.add_argument(flag)
    service = webdriver.ChromeService(executable_path=DRIVER) if hasattr(webdriver, "ChromeService") \
        else webdriver.chrome.service.Service(DRIVER)
    driver = webdriver.Chrome(service=service, options=opts)
    driver.set_page_load_timeout(60)
    os.makedirs(SHOTS, exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def notebook_server():
    work = tempfile.mkdtemp(prefix="treatylab-nb-")
    nb = new_notebook(cells=[
        new_code_cell('XYChart chart = new XYChartBuilder().width(500).height(300).title("browser test").build();\n'
                      'chart.addSeries("line", new double[] {1, 2, 3}, new double[] {2, 1, 3});\nchart'),
    ])
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
    nbformat.write(nb, os.path.join(work, "chart.ipynb"))
    port = free_port()
    token = "treatylab-browser-test"
    server = subprocess.Popen(
        [sys.executable, "-m", "notebook", "--no-browser", "--port", str(port), "--ip", "127.0.0.1",
         "--NotebookApp.token=" + token, "--notebook-dir", work, "--allow-root"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        server.kill()
        pytest.fail("Jupyter Notebook did not start on port %d" % port)
    yield "http://127.0.0.1:%d" % port, token
    server.terminate()
    try:
        server.wait(20)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)


def test_notebook_runs_a_chart_cell_in_the_browser(browser, notebook_server):
    url, token = notebook_server
    browser.get("%s/notebooks/chart.ipynb?token=%s" % (url, token))
    wait = WebDriverWait(browser, 90)
    # the kernel is up when the notebook shows the Java kernel as idle
    wait.until(lambda d: d.execute_script(
        "return window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()"))
    browser.execute_script("Jupyter.notebook.execute_all_cells();")
    try:
        # charts come as PNG only (an SVG only when a cell asks for it)
        image = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".output_area img")))
        wait.until(lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image))
    finally:
        browser.save_screenshot(os.path.join(SHOTS, "notebook-chart.png"))
    assert image.size["width"] > 100 and image.size["height"] > 50
    assert image.get_attribute("src").startswith("data:image/png")
    assert not browser.find_elements(By.CSS_SELECTOR, ".output_area svg"), "an SVG nobody asked for"
    errors = browser.find_elements(By.CSS_SELECTOR, ".output_error")
    assert not errors, "error output in the notebook: %s" % [e.text for e in errors]
    kernel_name = browser.execute_script("return Jupyter.notebook.kernel.name")
    assert kernel_name == "java"


def test_website_links_images_and_downloads(browser, tmp_path):
    run = tmp_path / "run"
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "run_notebooks.py"), "--out", str(run),
                    "tutorial"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make_site.py"), "--run", str(run)],
                   check=True, stdout=subprocess.DEVNULL)
    site = run / "site"
    browser.get((site / "index.html").as_uri())
    assert "reproductions" in browser.title
    browser.save_screenshot(os.path.join(SHOTS, "site-index.png"))
    # the public site: the tutorial with its key figure, not its solutions
    assert browser.find_elements(By.CSS_SELECTOR, ".card img[src*='50-tutorial']")
    assert "solutions" not in browser.find_element(By.TAG_NAME, "body").text.lower()
    pages = [site / "index.html", site / "claims.html", site / "datasets.html", site / "api" / "index.html",
             site / "notebooks" / "50-tutorial.html"]
    seen = set()
    for page in pages:
        browser.get(page.as_uri())
        # the header leads home from every page
        home = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav.tl-header a, a")
                if a.get_attribute("href") and a.get_attribute("href").endswith("/index.html")]
        assert home, "no link back from %s" % page
        # every image loaded
        for img in browser.find_elements(By.TAG_NAME, "img"):
            assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img), \
                "image not loaded on %s: %s" % (page.name, img.get_attribute("src"))
        # every local link and download points at a file
        for a in browser.find_elements(By.TAG_NAME, "a"):
            link = a.get_attribute("href") or ""
            if not link.startswith("file://"):
                continue
            path = urllib.parse.unquote(urllib.parse.urlparse(link).path)
            assert os.path.exists(path), "broken link on %s: %s" % (page.name, link)
            if a.get_attribute("download") is not None:
                seen.add(os.path.basename(path))
                if path.endswith(".ipynb"):
                    nbformat.read(path, as_version=4)
    assert "50-tutorial.ipynb" in seen and any(n.endswith(".png") for n in seen), seen
    browser.get((site / "notebooks" / "50-tutorial.html").as_uri())
    browser.save_screenshot(os.path.join(SHOTS, "site-tutorial.png"))
    text = browser.find_element(By.CSS_SELECTOR, ".tl-run").text
    assert "Download 50-tutorial.ipynb" in text and "kernel Java" in text
    # the first mention of a library class links to its API page, which opens
    api = browser.find_element(By.CSS_SELECTOR, "a.tl-api").get_attribute("href")
    browser.get(api)
    assert "treatylab" in browser.page_source and "404" not in browser.title
    browser.get((site / "claims.html").as_uri())
    browser.save_screenshot(os.path.join(SHOTS, "site-claims.png"))
