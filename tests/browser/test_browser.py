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
        # the classic notebook prefers the SVG of the bundle (PNG + SVG) and inlines it
        image = wait.until(EC.presence_of_element_located(
            (By.CSS_SELECTOR, ".output_area .output_svg svg, .output_area img")))
    finally:
        browser.save_screenshot(os.path.join(SHOTS, "notebook-chart.png"))
    assert image.size["width"] > 100 and image.size["height"] > 50
    # a drawn chart, not an empty frame: XChart's SVG draws lines and text as paths
    assert len(browser.find_elements(By.CSS_SELECTOR, ".output_area svg path, .output_area img")) > 10
    errors = browser.find_elements(By.CSS_SELECTOR, ".output_error")
    assert not errors, "error output in the notebook: %s" % [e.text for e in errors]
    kernel_name = browser.execute_script("return Jupyter.notebook.kernel.name")
    assert kernel_name == "java"


def test_website_index_and_links(browser, tmp_path):
    run = tmp_path / "run"
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "run_notebooks.py"), "--out", str(run),
                    "00-kernel-tour"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make_site.py"), "--run", str(run)],
                   check=True, stdout=subprocess.DEVNULL)
    index = run / "site" / "index.html"
    browser.get(index.as_uri())
    assert "reproductions" in browser.title
    browser.save_screenshot(os.path.join(SHOTS, "site-index.png"))
    links = [a.get_attribute("href") for a in browser.find_elements(By.TAG_NAME, "a")]
    assert any(l.endswith("claims.html") for l in links) and any(l.endswith("datasets.html") for l in links)
    assert any("/notebooks/00-kernel-tour.html" in l for l in links)
    for link in sorted(set(links)):
        browser.get(link)
        assert "404" not in browser.title and browser.find_elements(By.TAG_NAME, "body"), link
        if link.endswith(".html"):
            assert browser.execute_script("return document.body.innerText.length") > 20, link
    browser.get((run / "site" / "claims.html").as_uri())
    browser.save_screenshot(os.path.join(SHOTS, "site-claims.png"))
