"""IP addresses, IPv4 and IPv6, and the grammar that tells a dotted quad from a version or a document's
number (moved out of patterns.py).

An address is what the checksums module accepts as one (`is_ip_address`) in a place an address
stands; a version ("Version 5.27.27.99", "what's new in 10.16.13.201", `pkg@2.6.2.7`), a document's
number ("policy 10.15.5.230") or a four-part value whose parts are a version's are none, unless the
grammar of an address says otherwise (a host word, a port, an access-log line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .checksums import is_ip_address
from .normalize import TextView
from .numbers import all_digit_runs
from .patterns import span_in_original
from .reference_labels import labelled_as_document
from .types import Span

_IPV4 = re.compile(r"(?<![\w.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![\w]|\.[0-9])")
# An address may close a clause with a colon ("von fe80::1: invalidCredentials"), not open a longer
# colon run.
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?(?!\w|:[\w:])")
# A full address (eight groups) with a port glued on without brackets: "2001:db8:0:0:0:0:0:7:8080"
# in a server line, a URL or a .pgpass entry. An address holds eight groups at most, so a ninth of
# decimal digits is the port; a run that goes on in hex groups (a key's fingerprint) is none.
_IPV6_PORT = re.compile(
    r"(?<![\w:])(?P<address>(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}(?!\w|:[0-9A-Fa-f]{1,4}(?![^\W_]))")


# "Version 5.27.27.99", "release v1.23.18.195", "build 7.18.21.94": four dotted numbers after a
# version word are a version, not an address. So are the values of keys naming one:
# "SENTRY_RELEASE=orders@9.20.39.77" (a package@version), "-Drevision=2.26.22.94", '"version": "1.2.3.4"',
# and the target of a release verb: "bump chart to 1.28.33.128", "roll back to 3.7.5.75", "upgrade
# auf 2.1.0.4", "update to 1.2.3.4" (and its translations: "mise à jour", "Aktualisierung",
# "actualización", "aggiornamento"), and of a go-live ("mise en prod 2.4.1.9", "messa in produzione",
# "puesta en producción": what goes into production is a release; "mise en prod sur <host>" names
# the machine). A chart or image name between the word and the number ("chart payments-gateway
# 4.29.30.80"), a container image's tag ("registry.example/app:1.2.3.4") and a changelog heading
# ("## 1.2.3.4 – 9 April 2024") are versions too. An address after host/ip/from/server stays an address.
# (a German compound names a version too: "Skriptversion 10.6.13.102", "Firmwareversion")
_VERSION_WORDS = (r"v|version|versión|versione|ver\.?|release|rel\.?|revision|revisión|révision|revisione|rev\.?|build"
                  r"|tag|firmware|fw|sdk|schema|[^\W\d_]{3,}version|[^\W\d_]{3,}stand"
                  # a recipe (a production line's, a brew's) is released in versions too
                  r"|recipe|recette|receta|ricetta|rezept(?:ur)?"
                  r"|patch|update|upgrade|semver|chart|image|mise[ \t]+à[ \t]+jour|aktualisierung|actualización"
                  r"|actualizacion|aggiornamento|mise[ \t]+en[ \t]+prod(?:uction)?|messa[ \t]+in[ \t]+produzione"
                  r"|puesta[ \t]+en[ \t]+producci[oó]n")
# (Not "update" or "pin": "update the DNS record to 203.0.113.7" names an address.)
_RELEASE_VERBS = r"bump(?:ed|s)?|roll(?:ed|s)?[ \-]?back|rollback|revert(?:ed|s)?|downgrade[ds]?|upgrade[ds]?|promote[ds]?"
_TO = r"(?:to|auf|zu|zur|zum|à|a|vers|en|para|al|alla|alle|naar|till)"
# A bug tracker's release grammar: what a change is "released in", "fixed in", "shipped in" or
# "reproducible on" is a version ("Still reproducible on 2.4.1.9", "fixed in 1.2.3.4"); a machine is
# "on host ..." or "on server ...", which the words here never take.
_RELEASED_IN = (r"(?:released|shipped|fixed|introduced|resolved|regressed|broken|reproducible|reproduced"
                r"|reproduces|veröffentlicht|behoben|corrigé|publié|corregido|corretto"
                r"|new|added|changed|deprecated|removed|neu|nouveau|nuevo|novità"
                r"|ships?|shipping|available|due|arrives?)[ \t]+(?:in|on|with|ab|dans|en)")
# A version word, then its article and one noun: "version du thème 1.2.3.4", "version of the plugin 1.2.3.4".
_VERSION_OF = (r"(?:version|versión|versione|versão|versie)[ \t]+(?:of|du|de|des|del|della|dello|der|van)"
               r"(?:[ \t]+(?:the|la|le|l'|el|il|lo|die|das|het))?[ \t]*[\w\-]+")
_VERSION_BEFORE = re.compile(
    rf"(?i)(?:\b(?:{_VERSION_WORDS})(?:\s+{_TO}|\s+(?:is|must be|should be|was|ist|est|es|è))?[\s:=#@\-]{{0,3}}v?"
    rf"|\b(?:{_RELEASE_VERBS})\b(?:\s+[\w\-]+){{0,2}}\s+{_TO}\s+v?"
    # a version's number in words: "the build number (10.26.23.211)", "Versionsnummer: 4.2.0.1"
    rf"|\b(?:build|version|release)[ \t]+(?:number|no\.?|nr\.?|nummer|numéro|número|numero)[ \t]*[:(=#]?[ \t]*v?"
    rf"|\broll(?:ed|s|ing)?(?:\s+[\w\-]+){{0,2}}\s+back\s+{_TO}\s+v?"
    rf"|(?:(?<![^\W_])|(?<=-D))(?:{_VERSION_WORDS})[\"']?[ ]?[:=][ \t]*[\"']?(?:[\w.\-]+@)?v?"
    rf"|\b(?:{_RELEASED_IN}|{_VERSION_OF})[ \t]+v?"
    rf"|\b(?:chart|image|package|paquete|paket|pacchetto)[ \t]+[\w.\-]+[ \t]+v?"
    # a package manager's name@version: "npm notice package: @acme-ui/jira-tokens@2.6.2.7"
    rf"|\b(?:package|paket|npm|yarn|pnpm|pip|gem|cargo)\b[ \t:]+[@\w./\-]+(?:[ \t][\w.\-]+)?@"
    # a product's name and its version in brackets: "(pyrfc 3.1.0.4)" (not "(host 10.0.0.5)": below)
    rf"|\([a-z][\w\-]*[ \t]+v?"
    rf"|/[\w.\-]+:v?"
    rf"|(?<![^\n])\#{{1,6}}[ \t]+v?)$"
)


# After the number: "since the 3.10.37.89 update", "the 1.2.3.4-Update", "4.1.0.2 release notes", "nach der
# 2.1.0.4 Aktualisierung", and a version's source reference "invoice-api 9.15.38.51 (commit c4d22ce9)",
# "(build 4711)", "1.4.22.7, build 3f2a9c1". (Not "build server", "patch panel" or "the 10.0.0.9 update
# server": a reference holds hex or digits, and a release noun naming a machine names an address.)
_VERSION_AFTER = re.compile(
    r"(?i)[ \t]?[\-–]?[ \t]?(?:update|upgrade|release|hotfix|rollout|changelog|aktualisierung|actualización"
    r"|aggiornamento)s?\b(?![ \t]+(?:server|host|node|mirror|proxy|endpoint)s?\b)"
    r"|[ \t]*[(,;][ \t]*(?:commit|build|rev|revision|sha|git)\b[ \t:=#]*[0-9a-f]{4,}\b"
)
# ... unless a word naming an address leads it: "host 10.0.0.5 update check failed".
_ADDRESS_BEFORE = re.compile(
    r"(?i)\b(?:ip|ipv4|host|hostname|server|from|von|addr|address|adresse|client|src|dst|source|destination|peer"
    r"|remote)[ \t:=]*$"
)


# A four-part version needs no version word to read as one: "order-events-consumer 7.20.37.102",
# "DATEV (8.6.0.109)", "# alertmanager.yml – prod, 1.5.25.214". A version's parts are small (a major
# release, then minor, patch and build counters), while public addresses spread their first three
# octets over the whole 0-255 range; a quad whose first three parts are all small is read as a
# version unless the address grammar says otherwise: a host word before it, a port (":8080"), a prefix
# length ("/24"), a URL's "//" or a login's "@". The 10/8 private range ("10.0.0.8") is an address.
_SMALL_PARTS = (20, 40, 40)
_ADDRESS_SYNTAX_AFTER = re.compile(r"[:/]\d")
# Fail closed: a word earlier on the line that takes an address ("the IP that attacked us was ...",
# "fail2ban: Ban ...", "blocked ... after five failed logins", "allow ... on 443") keeps it an address.
_ADDRESS_ON_LINE = re.compile(
    r"(?i)\b(?:ip|ipv4|addr|address|adresse|indirizzo|direcci[oó]n|blocked|banned|ban|block|allow(?:ed)?|den(?:y|ied)"
    r"|permit(?:ted)?|reject(?:ed)?|firewall|iptables|ufw|fail2ban|ping(?:ed)?|log(?:ged)? ?in|logins?|attack(?:ed|er)?)\b"
)


# The Common Log Format after a quad: "<address> <ident> <user> [<time>]", as web servers, proxies and
# dead-letter queues print a request ("1.2.3.4 - jdoe [02/Dec/2026:10:00:00 +0000]"). Whatever stands
# before it (a comment's "#", a version-looking value), that is a client address.
_ACCESS_LOG_AFTER = re.compile(r"[ \t]+\S+[ \t]+\S+[ \t]+\[")


def _access_log_line(text: str, match: re.Match[str]) -> bool:
    return text.startswith(" ", match.end()) and _ACCESS_LOG_AFTER.match(text, match.end()) is not None


def _version_shaped(text: str, match: re.Match[str]) -> bool:
    parts = [int(p) for p in match.group().split(".")]
    if parts[0] == 10 or any(p > limit for p, limit in zip(parts, _SMALL_PARTS)):
        return False
    start = match.start()
    if text[max(0, start - 2) : start] == "//" or text[start - 1 : start] == "@":
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    return _ADDRESS_SYNTAX_AFTER.match(text, match.end()) is None \
        and _ADDRESS_BEFORE.search(text, max(0, start - 20), start) is None \
        and _ADDRESS_ON_LINE.search(text, line_start, start) is None


def _version_after(text: str, match: re.Match[str]) -> bool:
    return _VERSION_AFTER.match(text, match.end()) is not None \
        and _ADDRESS_BEFORE.search(text, max(0, match.start() - 20), match.start()) is None


# Where a _VERSION_BEFORE match can start: every alternative opens on "/", "#", "(" or on a word at a
# word's start ("\\b" or "(?<![^\\W_])" before it, or "-D"), and each of its words opens on one of
# these letters (in any case; a non-ASCII letter may fold to one). The characters between start none.
_VERSION_BEFORE_START = re.compile(r"[/#(]|(?:(?<![^\W_])|(?<=-D))(?:(?i:[abcdfgimnprstuvy])|[^\x00-\x7f])")


def _version_word_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_VERSION_BEFORE.search(text, start, end)`, tried only where a match can start: the same
    leftmost match (the search tried each of the 40 characters, ~15 us on prose)."""
    for opening in _VERSION_BEFORE_START.finditer(text, start, end):
        found = _VERSION_BEFORE.match(text, opening.start(), end)
        if found is not None:
            return found
    return None


# A key naming a version in camel or snake case: "versionName = \"3.1.0.4\"", "appVersion: 3.1.0.4",
# "VERSION_RECETTE = \"10.0.13.139\"".
_VERSION_KEY = re.compile(r"(?:[A-Za-z_]*(?:Version|version|VERSION)[A-Za-z_]*)"
                          r"[\"']?[ \t]*[:=][ \t]*[\"']?v?$")


def _version_before(text: str, match: re.Match[str]) -> bool:
    """A version word before the quad; a "#" opening the line is a changelog heading only when the
    quad's parts are a version's ("## 1.2.3.4"): "# 131.210.146.133 - jdoe [...]" is a log line
    quoted in a config's comment."""
    before = _version_word_before(text, max(0, match.start() - 40), match.start())
    if before is None:
        return _VERSION_KEY.search(text, max(0, match.start() - 40), match.start()) is not None
    if before.group().lstrip().startswith("#"):
        parts = [int(p) for p in match.group().split(".")]
        return all(p <= limit for p, limit in zip(parts, _SMALL_PARTS))
    if before.group().startswith("("):  # "(pyrfc 3.1.0.4)", but "(host 10.0.0.5)", "(gateway 10.0.0.1)"
        return _ADDRESS_BEFORE.search(text, before.start(), match.start()) is None and _NETWORK_WORD.search(
            text, before.start(), match.start()) is None
    return True


_NETWORK_WORD = re.compile(r"(?i)\b(?:gateway|gw|router|dns|proxy|node|vip|nat|lb|nameserver|resolver|bastion|vpn)\b")
# A document's number written in dots is the document's ("policy 10.15.5.230", "ordine 3.12.7.40"):
# an address is never labelled by the document that holds it (reference_labels.py, and a few more).
_MORE_DOCUMENTS_BEFORE = re.compile(
    r"(?i)\b(?:policy|polizza|police|p[óo]liza|ap[óo]lice|claim|sinistro|ticket|case|caso|dossier|akte|sku|lot"
    r"|batch|charge)[ \t]*(?:no\.?|nr\.?|n[°º]\.?|#)?[ \t:#]*$")


def _document_number(text: str, match: re.Match[str]) -> bool:
    return labelled_as_document(text, match.start()) or _MORE_DOCUMENTS_BEFORE.search(
        text, max(0, match.start() - 30), match.start()) is not None


def _ipv4_matches(view: TextView) -> Iterator[re.Match[str]]:
    """The matches `_IPV4.finditer` yields, tried only where one can open: a dotted quad opens on a
    whole digit run (nothing of a word or a dot before it) that a dot follows, so the pattern is
    matched at those runs' starts, left to right, after the previous match, instead of at every
    character of the text."""
    text = view.text
    after = 0
    for start, end in all_digit_runs(view):
        if start >= after and text.startswith(".", end):
            match = _IPV4.match(text, start)
            if match is not None:
                after = match.end()
                yield match


def find_ip_addresses(view: TextView) -> Iterator[Span]:
    text = view.text
    for match in _ipv4_matches(view):
        if not is_ip_address(match.group()):
            continue
        read_as_version = (_version_before(text, match) or _version_after(text, match) or _version_shaped(text, match)
                           or _document_number(text, match))
        if _access_log_line(text, match) or not read_as_version:
            yield span_in_original(view, match.start(), match.end(), "IP_ADDRESS", 0.9)
    if "::" not in text and text.count(":") < 5:
        return
    for match in _IPV6.finditer(text):
        value = match.group()
        groups = [g for g in value.split(":") if g]
        if len(groups) < 3 and not (value.startswith("::") or "::" in value and len(groups) >= 2):
            continue
        if not any(c.isdigit() for c in value) or not is_ip_address(value.split("%")[0]):
            continue
        yield span_in_original(view, match.start(), match.end(), "IP_ADDRESS", 0.85)
    for match in _IPV6_PORT.finditer(text):
        if is_ip_address(match.group("address")):
            yield span_in_original(view, match.start("address"), match.end("address"), "IP_ADDRESS", 0.85)
