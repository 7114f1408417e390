# Shared by ./reproduce and ./run-tests: finding Jupyter, installing what a fresh machine lacks,
# building the kernel. Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KERNEL_LIB="$ROOT/distro/target/java-kernel/lib"
DEBIAN_JUPYTER_PACKAGES="jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client fonts-dejavu-core"
# only for ./run-tests: the test runner, the browser test's Chromium, the benchmark's reference kernel
DEBIAN_TEST_PACKAGES="python3-pytest python3-selenium chromium chromium-driver python3-ipykernel"

step() { printf '\n==> %s\n' "$*"; }

# Options both commands take (the rest of the arguments stay in ARGS):
#   --no-install          never install OS packages (apt-get); say what is missing and stop instead
#   --keep-kernelspec     leave your own Jupyter kernelspecs alone: the freshly built kernel is
#                         installed as `java` in build/jupyter-data (JUPYTER_DATA_DIR for this run
#                         only), not in your user's Jupyter folder. ./run-tests always does this
#                         (it sets KERNELSPEC_FOR_THIS_RUN_ONLY=1 before sourcing this file);
#                         ./reproduce does it only when asked.
#   --install-kernelspec  ./reproduce's default: install the kernelspec `java` for your user
NO_INSTALL=0
KEEP_KERNELSPEC="${KERNELSPEC_FOR_THIS_RUN_ONLY:-0}"
ARGS=()
for arg in "$@"; do
  case "$arg" in
    -h|--help)
      # the calling command's header comment is its help; print it and do nothing else
      sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
      exit 0 ;;
    --no-install) NO_INSTALL=1 ;;
    --keep-kernelspec) KEEP_KERNELSPEC=1 ;;
    --install-kernelspec)
      if [ "${KERNELSPEC_FOR_THIS_RUN_ONLY:-0}" = 1 ]; then
        echo "--install-kernelspec: ./run-tests never installs into your Jupyter folder; use ./reproduce" >&2
        exit 2
      fi
      KEEP_KERNELSPEC=0 ;;
    *) ARGS+=("$arg") ;;
  esac
done
if [ "$KEEP_KERNELSPEC" = 1 ]; then
  export JUPYTER_DATA_DIR="$ROOT/build/jupyter-data"
  mkdir -p "$JUPYTER_DATA_DIR"
fi

# Whether this run may install OS packages: root or password-less sudo, apt-get, and no --no-install.
can_apt_install() {
  [ "$NO_INSTALL" = 0 ] && command -v apt-get >/dev/null 2>&1 \
    && { [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; }
}

has_jupyter() { "$1" -c 'import jupyter_client, nbclient, nbconvert, nbformat' >/dev/null 2>&1; }

# The Python that runs Jupyter: $JUPYTER_PYTHON, else Debian's (not the python3 first on PATH,
# which may be another install without Jupyter), else the first python3 with Jupyter (conda).
find_jupyter_python() {
  for py in "${JUPYTER_PYTHON:-}" /usr/bin/python3 "$(command -v python3 || true)"; do
    if [ -n "$py" ] && [ -x "$py" ] && has_jupyter "$py"; then echo "$py"; return 0; fi
  done
  return 1
}

ensure_jupyter() {
  if JPY="$(find_jupyter_python)"; then return 0; fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  if can_apt_install; then
    step "installing Jupyter from the OS packages: $DEBIAN_JUPYTER_PACKAGES"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $DEBIAN_JUPYTER_PACKAGES >/dev/null
  fi
  if JPY="$(find_jupyter_python)"; then return 0; fi
  cat >&2 <<MSG
Jupyter (jupyter_client, nbclient, nbconvert) was not found and could not be installed.
Install it with:
    sudo apt-get install $DEBIAN_JUPYTER_PACKAGES
or, with conda:
    conda env create -f environment.yml && conda activate treatylab
then run this command again (set JUPYTER_PYTHON=/path/to/python if Jupyter lives elsewhere).
MSG
  exit 1
}

# Installs what the tests need beyond Jupyter; says what is missing when it cannot.
ensure_test_tools() {
  if "$JPY" -c 'import pytest, selenium' >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  if can_apt_install; then
    step "installing test tools from the OS packages: $DEBIAN_TEST_PACKAGES"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $DEBIAN_TEST_PACKAGES >/dev/null
  fi
  "$JPY" -c 'import pytest' >/dev/null 2>&1 || {
    echo "pytest is missing: sudo apt-get install $DEBIAN_TEST_PACKAGES (or conda: see environment.yml)" >&2; exit 1; }
}

# Node and npm for the Frictionless validator (tools/frictionless); Debian's packages when missing.
ensure_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then return 0; fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; }; then
    step "installing Node.js and npm from the OS packages (for the Frictionless validator)"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
  fi
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || {
    echo "node and npm are needed to validate datasets/ (sudo apt-get install nodejs npm)" >&2; exit 1; }
}

# Validates datasets/datapackage.json and every resource with the Frictionless JavaScript implementation
# (npm package `datapackage`, pinned by tools/frictionless/package-lock.json; installed on first use).
validate_datasets() {
  ensure_node
  if [ ! -d "$ROOT/tools/frictionless/node_modules/datapackage" ]; then
    (cd "$ROOT/tools/frictionless" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  node "$ROOT/tools/frictionless/validate.js" "$ROOT/datasets/datapackage.json"
}

ensure_java() {
  command -v java >/dev/null 2>&1 || { echo "java not found: install JDK 17 or newer" >&2; exit 1; }
  command -v mvn >/dev/null 2>&1 || { echo "mvn not found: install Maven 3.8 or newer" >&2; exit 1; }
  local v
  v="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  if [ "${v%%.*}" -lt 17 ] 2>/dev/null; then echo "Java $v found; JDK 17 or newer is needed" >&2; exit 1; fi
}

build_and_install_kernel() {
  step "building the library and the kernel (mvn package)"
  (cd "$ROOT" && mvn -q -B package -DskipTests) || { echo "build failed" >&2; exit 1; }
  install_kernelspec
}

install_kernelspec() {
  if [ "$KEEP_KERNELSPEC" = 1 ]; then
    step "installing the kernelspec 'java' for this run only (build/jupyter-data; yours are untouched)"
  else
    step "installing the Jupyter kernelspec 'java' for your user (keep yours: --keep-kernelspec)"
  fi
  "$JPY" "$ROOT/tools/install_kernel.py" "$KERNEL_LIB"
}
