"""The compose stack: valid, after Prefect's self-hosting guide, and every command it runs
works. No container engine runs here, so the commands are run outside containers."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

from flows.cli import build_parser
from flows.settings import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "docker-compose.yml"


@pytest.fixture(scope="module")
def stack() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.mark.skipif(not shutil.which("docker-compose"), reason="docker-compose is not installed")
def test_docker_compose_accepts_it():
    done = subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "-q"],
                          capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
    assert done.returncode == 0, done.stderr


def test_shape_follows_the_self_hosting_guide(stack):
    services = stack["services"]
    for name, service in services.items():
        assert service.get("restart") == "unless-stopped", name
        image = service.get("image", "")
        # pinned: a tag with a version number, never latest
        assert re.search(r":\d+(\.\d+)+", image) and "latest" not in image, (name, image)
    server = services["prefect-server"]
    assert "healthcheck" in server
    assert server["environment"]["PREFECT_UI_API_URL"].endswith("localhost:4200/api}")
    for name in ("prefect-services", "baogao"):
        assert services[name]["depends_on"]["prefect-server"]["condition"] == "service_healthy"
    mounts = dict(v.split(":")[:2] for v in services["baogao"]["volumes"])
    assert mounts["./data"] == "/data" and mounts["./catalog"] == "/opt/baogao/catalog"
    assert "fonts-noto-cjk" in (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_the_baogao_command_parses_and_names_mounted_files(stack):
    service = stack["services"]["baogao"]
    argv = shlex.split(service["command"])
    assert argv[0] == "baogao"
    args = build_parser().parse_args(argv[1:])
    assert args.func.__name__ == "_cmd_serve" and args.timezone == "Asia/Shanghai"
    mounts = dict(v.split(":")[:2] for v in service["volumes"])
    for path in (args.catalog, args.db, args.data_dir):
        host = next((PROJECT_ROOT / src.removeprefix("./") / path.relative_to(dst)
                     for src, dst in mounts.items() if path.is_relative_to(dst)), None)
        assert host is not None, f"{path} is not on a host mount"
    assert (PROJECT_ROOT / "catalog" / args.catalog.name).is_file()


def test_prefect_commands_exist():
    prefect = [sys.executable, "-m", "prefect"]
    for command in (["server", "start", "--help"], ["server", "services", "start", "--help"]):
        done = subprocess.run(prefect + command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (command, done.stderr[-500:])
    assert "--no-services" in subprocess.run(prefect + ["server", "start", "--help"],
                                             capture_output=True, text=True,
                                             timeout=120).stdout


def test_server_healthcheck_passes_on_a_live_api_and_fails_without_one(stack, prefect_harness):
    from tests.flowkit import api_url

    test = stack["services"]["prefect-server"]["healthcheck"]["test"]
    assert test[:2] == ["CMD", "python"]
    command = [sys.executable, *test[2:]]
    live = [c.replace("http://localhost:4200/api", api_url().rstrip("/")) for c in command]
    assert subprocess.run(live, capture_output=True, timeout=60).returncode == 0
    dead = [c.replace("http://localhost:4200/api", "http://127.0.0.1:9/api") for c in command]
    assert subprocess.run(dead, capture_output=True, timeout=60).returncode != 0
