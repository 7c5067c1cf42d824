"""Post URLs compare equal when they name the same post."""

from __future__ import annotations

import pytest

from asn_monitor.intake.urls import host_of, normalise_url

SAME = [
    (
        "https://m.facebook.com/story.php?story_fbid=123&id=456&fbclid=IwAR0xyz",
        "https://www.facebook.com/story.php?id=456&story_fbid=123",
    ),
    ("https://fb.com/Nuraini.Spd/posts/987/", "https://facebook.com/nuraini.spd/posts/987"),
    ("https://web.facebook.com/groups/1/permalink/2/", "https://facebook.com/groups/1/permalink/2"),
    ("https://mobile.twitter.com/User/status/1?s=20&t=abc", "https://x.com/user/status/1"),
    ("http://WWW.INSTAGRAM.COM/p/CxYz/?igshid=MzRl", "https://instagram.com/p/cxyz"),
    (
        "https://instagram.com/reel/Ab1/?utm_source=ig_web_copy_link",
        "https://instagram.com/reel/ab1",
    ),
    ("https://youtu.be/dQw4w9WgXcQ?si=xyz", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    (
        "https://www.tiktok.com/@Akun/video/7?is_from_webapp=1&sender_device=pc",
        "https://tiktok.com/@akun/video/7",
    ),
    (
        "www.facebook.com/permalink.php?id=1&story_fbid=2",
        "https://facebook.com/permalink.php?story_fbid=2&id=1",
    ),
    (
        "https://berita.example.id/2024/10/artikel/#komentar",
        "https://berita.example.id/2024/10/artikel",
    ),
    ("https://example.id:443//a//b/", "https://example.id/a/b"),
]
DIFFERENT = [
    (
        "https://facebook.com/story.php?story_fbid=123&id=456",
        "https://facebook.com/story.php?story_fbid=124&id=456",
    ),
    ("https://www.youtube.com/watch?v=AbC", "https://www.youtube.com/watch?v=abc"),  # ids keep case
    ("https://twitter.com/a/status/1", "https://twitter.com/a/status/2"),
    ("https://example.id/Berita", "https://example.id/berita"),  # other sites keep path case
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_links_to_the_same_post_compare_equal(a: str, b: str) -> None:
    assert normalise_url(a) == normalise_url(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_links_to_different_posts_stay_apart(a: str, b: str) -> None:
    assert normalise_url(a) != normalise_url(b)


def test_the_normal_form_is_readable() -> None:
    assert (
        normalise_url("https://m.facebook.com/story.php?story_fbid=123&id=456&utm_medium=x")
        == "https://facebook.com/story.php?id=456&story_fbid=123"
    )
    assert normalise_url("") == ""
    assert normalise_url("  Bukan Tautan  ") == "bukan tautan"
    assert host_of("https://m.facebook.com/x") == "facebook.com"
    assert host_of("https://x.com/a") == "twitter.com"
