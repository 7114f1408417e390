#!/usr/bin/python3
"""Installs the widget front ends from npm into build/ (never the user's set-up), each again only when
its pinned lockfile changed:
  build/browser-widgets  the browser test's page: @jupyter-widgets html-manager + controls +
                         @jupyterlab/services, bundled with esbuild, and playwright-core
                         (tests/browser/widgets/package-lock.json)
  build/site-widgets     the website's widget renderer: html-manager's embed bundle
                         (tools/site_widgets/package-lock.json; make_site.py copies it into the site)

Usage: widget_front_end.py   (./run-tests calls it before the browser tests; exits 1 with the reason
when node/npm are missing or npm ci fails)
"""
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_SRC = os.path.join(ROOT, "tests", "browser", "widgets")
TEST_WORK = os.path.join(ROOT, "build", "browser-widgets")
TEST_FILES = ["package.json", "package-lock.json", "page.js", "index.html", "drive.mjs", "site.mjs"]
SITE_SRC = os.path.join(ROOT, "tools", "site_widgets")
SITE_WORK = os.path.join(ROOT, "build", "site-widgets")
SITE_DIST = os.path.join(SITE_WORK, "node_modules", "@jupyter-widgets", "html-manager", "dist")


class FrontEndError(Exception):
    """The front end could not be installed; the message says why and what to do."""


def npm_ci(src, work, files, extra=()):
    """Copies files from src into work and runs `npm ci` there unless the installed lockfile is src's."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise FrontEndError("%s is not installed (sudo apt-get install nodejs npm)" % tool)
    os.makedirs(work, exist_ok=True)
    for name in files:
        shutil.copy(os.path.join(src, name), os.path.join(work, name))
    with open(os.path.join(src, "package-lock.json")) as f:
        lock = f.read()
    marker = os.path.join(work, "node_modules", ".treatylab-lock")
    if os.path.exists(marker) and open(marker).read() == lock:
        return
    try:
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", *extra], cwd=work,
                              capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise FrontEndError("npm ci in %s failed: %s" % (os.path.relpath(work, ROOT), e))
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise FrontEndError("npm ci in %s failed: %s" % (os.path.relpath(work, ROOT), last))
    with open(marker, "w") as f:
        f.write(lock)


def install_test_page():
    """The browser test's page, bundled (build/browser-widgets/bundle.js)."""
    npm_ci(TEST_SRC, TEST_WORK, TEST_FILES)
    loaders = ["--loader:.%s=file" % ext for ext in ("woff", "woff2", "ttf", "eot", "svg")]
    done = subprocess.run([os.path.join(TEST_WORK, "node_modules", ".bin", "esbuild"), "page.js", "--bundle",
                           "--outfile=bundle.js", "--loader:.css=css", "--format=iife", "--log-level=warning",
                           # html-manager sets webpack's public path, which a non-webpack bundle must declare
                           "--banner:js=var __webpack_public_path__ = '';",
                           "--define:process.env.NODE_ENV=\"production\""] + loaders, cwd=TEST_WORK,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise FrontEndError("esbuild could not bundle the test page: " + done.stderr.strip())


def install_site_renderer():
    """html-manager's embed bundle for the website; returns the folder holding embed.js and its fonts."""
    npm_ci(SITE_SRC, SITE_WORK, ["package.json", "package-lock.json"], extra=("--ignore-scripts",))
    if not os.path.isfile(os.path.join(SITE_DIST, "embed.js")):
        raise FrontEndError("the npm package @jupyter-widgets/html-manager has no dist/embed.js")
    return SITE_DIST


def main():
    try:
        install_test_page()
        print("widget test page: %s" % os.path.relpath(os.path.join(TEST_WORK, "bundle.js"), ROOT))
        print("website widget renderer: %s" % os.path.relpath(os.path.join(install_site_renderer(), "embed.js"), ROOT))
    except FrontEndError as e:
        sys.exit("widget front end: %s" % e)


if __name__ == "__main__":
    main()
