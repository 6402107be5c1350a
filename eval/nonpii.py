"""Ordinary and technical text with no personal data: every predicted span here is a false alarm.

Built from templates filled with random-but-harmless tokens (hashes, UUIDs, versions, dates,
order numbers failing checksums, cloud jargon), seeded for reproducibility.
"""

from __future__ import annotations

import random
import uuid

from eval.corpus import LabelledText

DEFAULT_SEED = 11

_SENTENCES = [
    "Deploy {version} to the EKS cluster in eu-west-1 after the S3 bucket policy review.",
    "Commit {sha} fixes the flaky test; CI on {date} was green except for the C4 benchmark.",
    "Order {order} shipped on {date}; tracking will update within 24 hours.",
    "The request id {uuid} returned HTTP 503 after {number} ms; retry with exponential backoff.",
    "Upgrade from {version} to {version2} changes the default timeout from 30 s to 60 s.",
    "Please summarise the Q3 OKRs: reduce p99 latency by 20%, ship SSO, migrate to PostgreSQL 16.",
    "Our SLA is 99.95% monthly uptime; the RTO is 4 h and the RPO is 15 min.",
    "Ticket {ticket} was closed as a duplicate of {ticket2}.",
    "The C4 model has four levels: context, containers, components and code.",
    "Compare AWS S3, GCS and Azure Blob on egress costs for {number} TB per month.",
    "Invoice {order} totals EUR {amount} incl. 19% VAT, due {date}.",
    "Set max_connections={number} and shared_buffers=4GB, then restart the DB at {time} UTC.",
    "Docker image sha256:{sha256} is {number} MB; can we make it smaller with a distroless base?",
    "Explain the difference between TCP and UDP in two sentences.",
    "Write a haiku about Kubernetes pods restarting at night.",
    "The build matrix covers Python 3.11, 3.12 and 3.13 on ubuntu-22.04 and macos-14.",
    "Release notes for {version}: faster startup, fewer allocations, bug fixes #{issue} and #{issue2}.",
    "Part number {part} is out of stock; the replacement is {part2}.",
    "Run `git bisect` between {sha_short} and {sha_short2} to find the regression.",
    "The meeting moved from {date} to {date2} at {time}; agenda: GDPR, DPA and the new RoPA.",
    "Our batch job processes {number} records per second on 2 vCPUs with 4 GiB RAM.",
    "Convert this SQL to pandas: SELECT region, SUM(amount) FROM sales GROUP BY region;",
    "Why does `npm ci` fail with ERESOLVE on version {version} of the lockfile?",
    "The EU AI Act and GDPR Art. 28 both apply; list the obligations for a processor.",
]


def _version(rng: random.Random) -> str:
    return f"v{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}", f"{month}/{day}/{year}"])


def _hex(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(count))


def _order(rng: random.Random) -> str:
    return rng.choice(
        [f"ORD-{rng.randint(2019, 2026)}-{rng.randint(100000, 999999)}", f"#{rng.randint(10**6, 10**8)}", f"PO{rng.randint(10**5, 10**6)}"]
    )


def _fill(template: str, rng: random.Random) -> str:
    values = {
        "version": _version(rng),
        "version2": _version(rng),
        "sha": _hex(rng, 40),
        "sha256": _hex(rng, 64),
        "sha_short": _hex(rng, 7),
        "sha_short2": _hex(rng, 7),
        "date": _date(rng),
        "date2": _date(rng),
        "time": f"{rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
        "order": _order(rng),
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "number": str(rng.randint(2, 5000)),
        "amount": f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}",
        "ticket": f"JIRA-{rng.randint(100, 9999)}",
        "ticket2": f"JIRA-{rng.randint(100, 9999)}",
        "issue": str(rng.randint(100, 9999)),
        "issue2": str(rng.randint(100, 9999)),
        "part": f"{rng.choice(['AB', 'XK', 'MT'])}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEF')}",
        "part2": f"{rng.choice(['AB', 'XK', 'MT'])}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEF')}",
    }
    return template.format(**values)


def generate(count: int = 400, seed: int = DEFAULT_SEED) -> list[LabelledText]:
    """`count` texts of one to three sentences each, with no gold spans."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        sentences = [_fill(rng.choice(_SENTENCES), rng) for _ in range(rng.randint(1, 3))]
        texts.append(LabelledText(" ".join(sentences), (), "non_pii"))
    return texts
