#!/usr/bin/env python3
"""Checks the shape of sweep-job.yaml, the Kubernetes Indexed Job that docs/sweeps.md
describes (no cluster runs it here): the fields the docs rely on, and what the pods' shell
commands expand to for every JOB_COMPLETION_INDEX (run with `echo` in place of growthsim).

    python3 Scripts/cluster/check-manifest.py [Scripts/cluster/sweep-job.yaml]

Needs PyYAML (pip install pyyaml). Exits 1 with one line per problem.
"""
import os
import re
import subprocess
import sys

import yaml

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def expand(container, env):
    """What the container's `/bin/sh -c` command runs, with growthsim replaced by echo."""
    script = container["args"][0].replace("exec growthsim", "echo")
    done = subprocess.run(["sh", "-c", script], env={**os.environ, **env},
                          capture_output=True, text=True, check=True)
    return done.stdout.split()


def mounts(pod, container):
    names = {volume["name"] for volume in pod["volumes"]}
    for mount in container.get("volumeMounts", []):
        check(mount["name"] in names, f"{container['name']}: volume {mount['name']} is not defined")
    return {mount["mountPath"] for mount in container.get("volumeMounts", [])}


def check_sweep(job):
    spec = job["spec"]
    check(job["apiVersion"] == "batch/v1" and job["kind"] == "Job", "document 1 is not a batch/v1 Job")
    check(spec.get("completionMode") == "Indexed", "the sweep Job is not Indexed")
    shards = spec["completions"]
    check(1 <= spec.get("parallelism", 1) <= shards, "parallelism is not within 1…completions")
    pod = spec["template"]["spec"]
    check(pod["restartPolicy"] in ("Never", "OnFailure"), "restartPolicy must be Never or OnFailure")
    if "backoffLimitPerIndex" in spec:
        check(pod["restartPolicy"] == "Never", "backoffLimitPerIndex needs restartPolicy Never")
    [container] = pod["containers"]
    paths = mounts(pod, container)
    check({"/inputs", "/results"} <= paths, "the sweep pod does not mount /inputs and /results")
    cpus = container["resources"]["requests"]["cpu"]
    outs = []
    for index in range(shards):
        words = expand(container, {"JOB_COMPLETION_INDEX": str(index)})
        option = dict(zip(words, words[1:]))
        check(words[:2] == ["sweep", "/inputs/scenario.json"], f"index {index}: not a sweep of /inputs/scenario.json")
        check(option.get("--shard") == f"{index + 1}/{shards}",
              f"index {index}: --shard {option.get('--shard')}, expected {index + 1}/{shards}")
        check(option.get("--jobs") == str(cpus), f"index {index}: --jobs differs from the cpu request {cpus}")
        check("--resume" in words, f"index {index}: no --resume, so a retried pod would be refused")
        outs.append(option.get("--out"))
    check(len(set(outs)) == shards and all(o and o.startswith("/results/") for o in outs),
          "each index needs its own --out folder under /results")
    return shards, outs


def check_merge(job, shards, outs):
    check(job["apiVersion"] == "batch/v1" and job["kind"] == "Job", "document 2 is not a batch/v1 Job")
    pod = job["spec"]["template"]["spec"]
    [container] = pod["containers"]
    mounts(pod, container)
    for init in pod.get("initContainers", []):
        mounts(pod, init)
        check(f"-of-{shards}.csv" in init["args"][0] and f"-eq {shards}" in init["args"][0],
              f"the merge does not wait for {shards} finished parts")
    script = container["args"][0]
    match = re.search(r"merge (\S+) --out (\S+)", script)
    if check(match, "the merge container does not run growthsim merge PARTS --out DIR"):
        pattern = re.compile(match.group(1).replace("*", ".*") + "$")
        check(all(pattern.match(out) for out in outs), "the merge's parts do not match every --out")
        check(match.group(2) not in outs, "the merge writes into a part folder")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "sweep-job.yaml")
    with open(path) as file:
        documents = [d for d in yaml.safe_load_all(file) if d]
    if check(len(documents) == 2, f"{path}: expected 2 documents (sweep and merge Jobs), got {len(documents)}"):
        shards, outs = check_sweep(documents[0])
        check_merge(documents[1], shards, outs)
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"{path}: ok (Indexed Job of {shards} shards, each in its own folder, and its merge)")


main()
