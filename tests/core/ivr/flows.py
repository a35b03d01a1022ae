"""Small flows the IVR tests share, built the way the editor builds them."""

from __future__ import annotations

from zaddesk.core.ivr.model import Extension, Flow, Menu, Scenario, Target


def scenario(ref: str, menu: str, key: int, *numbers: str | Target, title: str = "",
             sid: str | None = None, **options: object) -> Scenario:
    targets = tuple(n if isinstance(n, Target) else Target(n) for n in numbers)
    return Scenario(ref=ref, menu=menu, key=key, title=title or f"key {key}", targets=targets,
                    id=sid, **options)  # type: ignore[arg-type]


def flow(*items: Menu | Scenario | Extension, main: str | None = None,
         extensions: tuple[str, ...] = ("100", "101", "102", "103")) -> Flow:
    out = Flow()
    for number in extensions:
        out.put(Extension(number))
    for item in items:
        out.put(item)
    out.main = main or next(iter(out.menus), None)
    return out


def one_level() -> Flow:
    """Main menu: no key → 100; 1 → 101; 2 → 102 at once and 103 after 10 s."""
    return flow(
        Menu("menu:1", 1, "Main"),
        scenario("scenario:1", "menu:1", -1, "100", sid="1"),
        scenario("scenario:2", "menu:1", 1, "101", sid="2"),
        scenario("scenario:3", "menu:1", 2, "102", Target("103", 10), sid="3"),
    )


def two_level() -> Flow:
    """Main: no key → 100, 1 → 200 (forwarded to Support); Support: no key → 101,
    1 → 102, 2 → queue of 103 and 101."""
    out = flow(
        Menu("menu:1", 1, "Main"),
        Menu("menu:2", 2, "Support", waitexten=8),
        scenario("scenario:1", "menu:1", -1, "100", sid="1"),
        scenario("scenario:2", "menu:1", 1, "200", sid="2"),
        scenario("scenario:3", "menu:2", -1, "101", sid="3"),
        scenario("scenario:4", "menu:2", 1, "102", sid="4"),
        scenario("scenario:5", "menu:2", 2, Target("103", 0, 15), Target("101", 0, 15),
                 sid="5", strategy="roundrobin"),
        main="menu:1",
    )
    out.put(Extension("200", forward_menu="menu:2"))
    return out
