"""Inputs for the detection benchmarks: sized prompts and a multi-turn conversation.

All built from the evaluation corpora (synthetic values), deterministic for a given variant, so
repeated timings see distinct texts (no cache hits) of the same shape.
"""

from __future__ import annotations

from eval import gen_prompts, nonpii

KB = 1024
# One PII-bearing prompt per this many characters of ordinary text in a "sparse" prompt.
SPARSE_PII_EVERY = 4 * KB


def sized_prompt(size: int, dense: bool, variant: int = 0) -> str:
    """A prompt of exactly `size` characters; dense = PII every ~100 chars, sparse = every ~4 KB."""
    pii = [t.text for t in gen_prompts.generate(count=max(8, size // 60), seed=1000 + variant)]
    plain = [t.text for t in nonpii.generate(count=max(4, size // 100), seed=2000 + variant)]
    pieces: list[str] = []
    length = since_pii = 0
    pii_index = plain_index = 0
    while length < size:
        if dense or since_pii >= SPARSE_PII_EVERY or not pieces:
            piece, pii_index, since_pii = pii[pii_index % len(pii)], pii_index + 1, 0
        else:
            piece, plain_index = plain[plain_index % len(plain)], plain_index + 1
        pieces.append(piece)
        length += len(piece) + 1
        since_pii += len(piece) + 1
    return "\n".join(pieces)[:size]


def conversation(turns: int = 20, seed: int = 77) -> list[str]:
    """Alternating user/assistant messages of a few hundred characters, PII in most user turns."""
    user = [t.text for t in gen_prompts.generate(count=turns * 2, seed=seed)]
    assistant = [t.text for t in nonpii.generate(count=turns, seed=seed)]
    messages: list[str] = []
    for turn in range(turns):
        messages.append(user[2 * turn] + "\n" + user[2 * turn + 1])
        messages.append("Sure. " + assistant[turn])
    return messages
