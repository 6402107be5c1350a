"""The session name an AWS role was assumed under is the login of who assumed it
(cloud_sessions.py); a job's session name is not. Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection.cloud_sessions import find_session_names


def sessions(text: str) -> list[str]:
    return [text[a:b] for a, b in find_session_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/BreakGlass --role-session-name q.marlowe",
        "aws sts assume-role --role-session-name=q.marlowe --duration-seconds 900",
        '"Arn": "arn:aws:sts::123456789012:assumed-role/BreakGlass/q.marlowe"',
        '"AssumedRoleId": "AROA3XFRBF23EXAMPLE:q.marlowe",',
        "sts.assume_role(RoleArn=arn, RoleSessionName='q.marlowe')",
    ],
)
def test_every_form_of_a_session_name_gives_the_login(text: str) -> None:
    assert sessions(text) == ["q.marlowe"]


def test_a_jobs_session_and_text_without_sessions_give_nothing() -> None:
    assert sessions("aws sts assume-role --role-session-name terraform-ci") == []
    assert sessions("The AROMA of coffee: strong. assumed roles are audited.") == []
