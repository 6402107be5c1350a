"""Identifiers in source code and logs that a name finder takes for people.

Code names its classes, functions and loggers with capitalised words: "export default function
Dashboard({ ... })", "private static final Logger LOG = ...", "LOG.info(...)", "kind: ReplicaSet",
"LoggerFactory". Where the word stands says it is code, whatever the language:

- a call or a definition right after it: "Dashboard(", "Order.objects", "LOG.info";
- a declaration keyword or modifier before it ("function", "class", "def", "final", "const") and
  what a declaration has after its name ("{", "(", "=", ":", "extends");
- camel case of two or more words, the first of five letters or more: "ReplicaSet", "InvoiceService"
  (names written so have a short head: "McMullen", "DeAndre", "LaToya", "MacDonald");
- a module path or an import: "Shop.Repo", "import Config", "alias MyApp.Accounts";
- a step's title in a playbook or pipeline, opened by an imperative that is no name: "- name: Install
  Nginx", "Ensure nginx is ...", "Deploy Frontend". A known name after the verb stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import is_title

# A call, an attribute or a generic right after the word: "Dashboard(", "LOG.info", "Order.objects",
# "List<". A name is followed by a space or punctuation, never glued to these; a file's extension
# ("Jane Roe.pdf") is no attribute.
_FILE_EXTENSION = r"(?:pdf|docx?|xlsx?|pptx?|txt|png|jpe?g|gif|csv|zip|msg|eml|vcf|odt|rtf|html?|json|xml|mp[34]|wav)\b"
_CODE_AFTER = re.compile(rf"\(|\.(?!{_FILE_EXTENSION})[a-z_][A-Za-z_]*(?![\w.\-]*@)|<[A-Z]")
# Keywords and modifiers that open a declaration in common languages (not those that are English words
# before a name too: "from", "let", "new", "except", "return", "@").
_CODE_BEFORE = re.compile(
    r"(?<![\w])(?:function|class|def|extends|implements|interface|struct|enum|"
    r"final|static|private|public|protected|const|func|fn|void|throws|instanceof|typeof)[ \t]+$"
)
# What follows a declared name on its line: "Logger LOG = ...", "class Dashboard {", "Order extends".
_DECLARED_AFTER = re.compile(r"[ \t]*(?:[({:<=;]|(?:extends|implements)\b)")
# Imperatives that open the titles of CI, Ansible and workflow steps and are no names in any list.
STEP_VERBS = frozenset(
    """Install Ensure Deploy Configure Restart Enable Disable Upgrade Uninstall Checkout Publish Provision
    Download Upload Validate Verify Generate Render Mount Clone Bump Rollback Reload Compile Bootstrap
    Initialize Initialise Migrate Seed Lint Scan Sign Notarize Template Gather Register Unregister""".split()
)
_CAMEL = re.compile(r"[A-Z][a-z]{4,}(?:[A-Z][a-z0-9]+)+")
# A key glued to its "=" ("Server=tcp:db;", "Encrypt=True;", "?Lang=de"): a name is the value after a
# key, never the key; "==" compares rather than assigns, so it is left to the other rules.
_ASSIGNED_AFTER = re.compile(r"=(?!=)")
# Literal values of configuration and code, capitalised as Python, .NET and YAML write them.
_LITERALS = frozenset("True False None Null TRUE FALSE NULL NONE".split())
_LITERAL_BEFORE = re.compile(r"[=:][ \t]*[\"']?$")
# A module path or an import: "Shop.Repo" (the module glued to its parent by a dot, as no sentence
# writes a name), "import Config", "alias MyApp.Accounts", "from Foo import Bar".
_MODULE_PARENT_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z0-9_]*\.\Z")  # \Z: right before the word, not a line end
def _module_parent_before(text: str, start: int) -> bool:
    parent = _MODULE_PARENT_BEFORE.search(text, max(0, start - 40), start)
    # "Dr.Smith", "Mr.Brown" (a title glued to the name) and "E.Musk" (an initial) are no module paths
    return parent is not None and len(parent.group()) > 3 and not is_title(parent.group())


_IMPORT_BEFORE = re.compile(r"(?m)^[ \t]*(?:import|alias|require|use|using|from[ \t]+[\w.]+[ \t]+import)[ \t]+(?:[\w.]+\.)?\Z")


def is_code_identifier(text: str, start: int, end: int) -> bool:
    """Whether a name-like finding is an identifier in code."""
    value = text[start:end]
    if " " not in value and _CAMEL.fullmatch(value):
        return True
    if _CODE_AFTER.match(text, end) or " " not in value and _ASSIGNED_AFTER.match(text, end):
        return True
    if value in _LITERALS and _LITERAL_BEFORE.search(text, max(0, start - 4), start):
        return True
    if " " not in value and (_module_parent_before(text, start) or _IMPORT_BEFORE.search(text, max(0, start - 40), start)):
        return True
    return _CODE_BEFORE.search(text, max(0, start - 16), start) is not None and _DECLARED_AFTER.match(text, end) is not None


def is_step_title(words: list[str], known_name: Callable[[str], bool]) -> bool:
    """"Install Nginx", "Ensure": a step's imperative and words that are no known names."""
    return bool(words) and words[0] in STEP_VERBS and not any(known_name(w) for w in words[1:])


# A batch file's comment keyword opening its line ("REM Ansprechpartner: ...", "@rem build step"): the
# keyword is syntax, what follows it is ordinary text.
_COMMENT_KEYWORD = re.compile(r"(?:REM|rem|Rem)(?: +|$)")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t@]*$")


def without_comment_keyword(text: str, start: int, end: int) -> int | None:
    """Where a finding starts once a batch comment keyword at its line's start is cut off it (its own
    start when it has none), or None when the keyword is all of it."""
    keyword = _COMMENT_KEYWORD.match(text, start, end)
    if keyword is None or _LINE_OPENING.search(text, max(0, start - 8), start) is None:
        return start
    return keyword.end() if keyword.end() < end else None
