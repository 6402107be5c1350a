"""Secrets printed by a command that reads them, in a pasted terminal session.

`$ az storage account keys list ... -o tsv`, `$ aws secretsmanager get-secret-value ...`,
`$ gcloud auth print-access-token`, `PS> Get-Secret -Name db -AsPlainText`: the command line names
what it prints (a key, a secret, a token, a password, credentials), and its output follows on the
next lines with no label at all. A generated token (20 characters or more, upper and lower case and
digits; never hex, a UUID or base64-encoded prose) in the output of such a command, up to the next
prompt, is a SECRET. The output of other commands is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .secret_kinds import SECRET, is_generated_token
from .secret_values import encodes_prose
from .types import Span
from .views import TextViews

SCORE = 0.85
_MIN_LENGTH = 20
# A prompt: "$ ", "user@host:~$ ", "PS C:\\> ", "PS> " at a line's start.
_PROMPT = re.compile(r"(?m)^[ \t]*(?:[\w.\-]+@[\w.\-]+(?::[^\s$#>]*)?[$#][ \t]|\$[ \t]|PS(?:[ \t][^\n>]{0,80})?>[ \t]?)(?P<command>.*)$")
_SECRET_WORDS = re.compile(r"(?i)key|secret|token|passw|credential")
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_.~\-])[A-Za-z0-9+/=_.~\-]{20,}(?![A-Za-z0-9+/=_.~\-])")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def find_printed_secrets(views: TextViews) -> Iterator[Span]:
    text = views.original
    if "$ " not in text and "PS" not in text:
        return
    prompts = list(_PROMPT.finditer(text))
    for index, prompt in enumerate(prompts):
        if not _SECRET_WORDS.search(prompt.group("command")):
            continue
        output_end = prompts[index + 1].start() if index + 1 < len(prompts) else len(text)
        for token in _TOKEN.finditer(text, prompt.end(), output_end):
            value = token.group()
            if is_generated_token(value, _MIN_LENGTH) and not _UUID.search(value) and not encodes_prose(value):
                yield Span(token.start(), token.end(), SECRET, SCORE)
