"""`make serve`: the public server. Starts the public app (dashboard/public.py) and the admin app
(dashboard/beheer_served.py under /beheer/) on 127.0.0.1, and nginx in front of them with the
configuration of deploy/nginx.conf (docs/decisions/0010-beheer-apart-behind-a-proxy.md).

nginx runs without root: its configuration, password file, pid, logs and temporary files are
written to a run folder. The proxy's password for /beheer/ comes from BSO_PROXY_PASSWORD (or the
file named by BSO_PROXY_PASSWORD_FILE), the user name from BSO_PROXY_USER ("beheer"); it is
stored only as a hash in the run folder. Ctrl-C (or SIGTERM) stops nginx and both apps.
"""

import argparse
import base64
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit

from dashboard import config
from dashboard.publish.policy import script_source

TEMPLATE = config.ROOT / "deploy" / "nginx.conf"
PUBLIC_APP = config.ROOT / "dashboard" / "public.py"
ADMIN_APP = config.ROOT / "dashboard" / "beheer_served.py"
STREAMLIT_CONFIG = config.ROOT / ".streamlit" / "config.toml"
ADMIN_PATH = "beheer"
# A file of maxUploadSize travels in a multipart form: its boundary lines and part headers
# need a little room on top of the file itself.
FORM_FRAMING_KB = 64
STARTUP_TIMEOUT_S = 90
# nginx's worker processes run as this user when the run is started by root.
WORKER_USER = ("nobody", "nogroup")
TEMP_FOLDERS = ("body", "proxy", "fastcgi", "uwsgi", "scgi")


@dataclass(frozen=True)
class Ports:
    listen: str  # nginx's address:port
    public: int
    admin: int


def nginx_binary() -> str:
    """Debian installs nginx in /usr/sbin, which is not on every user's PATH."""
    return shutil.which("nginx") or "/usr/sbin/nginx"


def inline_script_hashes() -> str:
    """The CSP sources of the inline scripts in Streamlit's index.html ('sha256-…'), so the
    policy allows exactly those and no other inline script, whatever Streamlit version runs."""
    index = Path(streamlit.__file__).parent / "static" / "index.html"
    scripts = re.findall(r"<script>(.*?)</script>", index.read_text(encoding="utf-8"), re.S)
    return " ".join(map(script_source, scripts))


def admin_body_limit(streamlit_config: Path = STREAMLIT_CONFIG) -> str:
    """nginx's body limit for the admin app: Streamlit's server.maxUploadSize (MB) and the
    form's framing, so nginx refuses what Streamlit would refuse and nothing it would take."""
    settings = tomllib.loads(streamlit_config.read_text(encoding="utf-8"))
    megabytes = int(settings.get("server", {}).get("maxUploadSize", 200))
    return f"{megabytes * 1024 + FORM_FRAMING_KB}k"


def password_hash(password: str) -> str:
    """A SHA-512 crypt hash that nginx's auth_basic reads (openssl, which comes with nginx's
    Debian setup); the password goes through standard input, never a command line."""
    done = subprocess.run(["openssl", "passwd", "-6", "-stdin"], input=password, text=True,
                          capture_output=True, check=True)
    return done.stdout.strip()


def proxy_password() -> str | None:
    """The proxy's password for Beheer from the environment or a file; None when neither."""
    file = os.environ.get("BSO_PROXY_PASSWORD_FILE")
    if file:
        return Path(file).read_text(encoding="utf-8").strip() or None
    return os.environ.get("BSO_PROXY_PASSWORD") or None


def render(values: dict[str, str], template: Path = TEMPLATE) -> str:
    text = template.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    missing = re.findall(r"\{\{(\w+)\}\}", text)
    if missing:
        raise ValueError(f"{template.name}: no value for {sorted(set(missing))}")
    return text


def prepare(run_dir: Path, ports: Ports, user: str, password: str) -> Path:
    """Write the configuration and the password file to `run_dir`; return the configuration."""
    for folder in ("logs", *(f"tmp/{name}" for name in TEMP_FOLDERS)):
        (run_dir / folder).mkdir(parents=True, exist_ok=True)
    htpasswd = run_dir / "htpasswd"
    htpasswd.write_text(f"{user}:{password_hash(password)}\n", encoding="utf-8")
    htpasswd.chmod(0o600)
    as_root = os.geteuid() == 0
    if as_root:  # the workers, not root, read the password file and write temporary files
        for path in (htpasswd, *(run_dir / "tmp" / name for name in TEMP_FOLDERS)):
            shutil.chown(path, *WORKER_USER)
    conf = run_dir / "nginx.conf"
    conf.write_text(render({
        "user": f"user {' '.join(WORKER_USER)};" if as_root else "",
        "run_dir": str(run_dir.resolve()),
        "listen": ports.listen,
        "public_port": str(ports.public),
        "admin_port": str(ports.admin),
        "admin_path": ADMIN_PATH,
        "htpasswd": str(htpasswd.resolve()),
        "admin_body": admin_body_limit(),
        "script_hashes": inline_script_hashes(),
    }), encoding="utf-8")
    return conf


def streamlit_command(script: Path, port: int, base_path: str = "") -> list[str]:
    command = [sys.executable, "-m", "streamlit", "run", str(script),
               "--server.port", str(port), "--server.address", "127.0.0.1",
               "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    return [*command, "--server.baseUrlPath", base_path] if base_path else command


def start(command: Sequence[str], log: Path) -> subprocess.Popen:
    """A child in its own session: Ctrl-C reaches only this script, which stops the children
    in order."""
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=config.ROOT, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def wait_healthy(url: str, children: Sequence[subprocess.Popen], headers: dict[str, str],
                 timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if any(child.poll() is not None for child in children):
            raise RuntimeError(f"a process stopped before {url} answered")
        try:
            request = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout_s:.0f} s")


def stop(children: Sequence[subprocess.Popen]) -> None:
    """nginx first (no new requests), then the apps; each is killed if it does not stop."""
    for child in children:
        if child.poll() is None:
            child.terminate()
    for child in children:
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def basic_auth(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def serve(run_dir: Path, ports: Ports) -> int:
    password = proxy_password()
    if password is None:
        print("make serve needs the proxy's password for /beheer/: set BSO_PROXY_PASSWORD "
              "(or BSO_PROXY_PASSWORD_FILE to a file holding it).", file=sys.stderr)
        return 2
    user = os.environ.get("BSO_PROXY_USER") or "beheer"
    conf = prepare(run_dir, ports, user, password)
    nginx = [nginx_binary(), "-p", str(run_dir.resolve()), "-c", str(conf.resolve())]
    subprocess.run([*nginx, "-t", "-q"], check=True)
    stopping = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopping.append(True))
    logs = run_dir / "logs"
    apps = [start(streamlit_command(PUBLIC_APP, ports.public), logs / "public.log"),
            start(streamlit_command(ADMIN_APP, ports.admin, ADMIN_PATH), logs / "admin.log")]
    children = apps
    try:
        wait_healthy(f"http://127.0.0.1:{ports.public}/_stcore/health", apps, {})
        wait_healthy(f"http://127.0.0.1:{ports.admin}/{ADMIN_PATH}/_stcore/health", apps, {})
        children = [start(nginx, logs / "nginx.log"), *apps]
        address = ports.listen.replace("0.0.0.0", "127.0.0.1")
        wait_healthy(f"http://{address}/_stcore/health", children, {})
        wait_healthy(f"http://{address}/{ADMIN_PATH}/_stcore/health", children,
                     basic_auth(user, password))
    except RuntimeError as error:
        stop(children)
        print(f"{error}; see {logs}/", file=sys.stderr)
        return 1
    print(f"Serving http://{ports.listen}/ (public) and http://{ports.listen}/{ADMIN_PATH}/ "
          f"(Beheer, user {user!r}); logs in {logs}/. Ctrl-C stops.", flush=True)
    while not stopping and all(child.poll() is None for child in children):
        time.sleep(0.2)
    stopped_by_itself = not stopping
    stop(children)
    if stopped_by_itself:
        print(f"A process stopped by itself; see {logs}/", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="0.0.0.0:8080", help="nginx's address:port")
    parser.add_argument("--public-port", type=int, default=8511)
    parser.add_argument("--admin-port", type=int, default=8512)
    parser.add_argument("--run-dir", type=Path, default=config.ROOT / "build" / "serve")
    args = parser.parse_args(argv)
    return serve(args.run_dir, Ports(args.listen, args.public_port, args.admin_port))


if __name__ == "__main__":
    sys.exit(main())
