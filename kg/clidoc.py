"""docs/CLI.md from the typer app itself: every command, argument and option with its help.

Regenerate after changing the command line: ``python -m kg.clidoc > docs/CLI.md``;
tests/test_docs.py fails when a command or option is missing from the file.
"""

from __future__ import annotations

import typer.main

__all__ = ["cli_reference", "commands"]

_INTRO = """# Command reference

Generated from `kg --help` by `python -m kg.clidoc > docs/CLI.md`; do not edit by hand.
Every command that reads a store takes `--store PATH` (or `$KG_STORE`; default `./kg-store`).
Exit codes: 0 success, 1 failure on data (no store, bad query, violations), 2 usage error.
"""


def commands() -> dict:
    """kg's commands by name, in the order ``kg --help`` lists them."""
    group = typer.main.get_command(__import__("kg.cli", fromlist=["app"]).app)
    return dict(group.commands)  # type: ignore[attr-defined]


def _row(param, ctx) -> str:  # noqa: ANN001 - typer's own parameter and context types
    """One table row from the parameter's own --help record: names, then help with default and choices."""
    record = param.get_help_record(ctx)
    names, help_text = record if record else (param.name.upper(), getattr(param, "help", "") or "")
    names = names.replace("|", "\\|")
    if param.param_type_name == "argument":
        names = param.name.upper()
    cell = " ".join(help_text.split()).replace("|", "\\|")
    return f"| `{names}` | {cell} |"


def cli_reference() -> str:
    """The Markdown reference of every kg command (what docs/CLI.md holds)."""
    out = [_INTRO]
    group = typer.main.get_command(__import__("kg.cli", fromlist=["app"]).app)
    for name, command in commands().items():
        ctx = group.context_class(command, info_name=name, parent=group.context_class(group, info_name="kg"))
        out.append(f"## kg {name}\n")
        out.append((command.help or "").strip() + "\n")
        pieces = command.collect_usage_pieces(ctx)
        out.append(f"```\nkg {name} {' '.join(pieces)}\n```\n")
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        options = [p for p in command.params if p.param_type_name == "option" and p.name != "help"]
        if arguments:
            out.append("| argument | meaning |\n|---|---|")
            for p in arguments:
                out.append(_row(p, ctx))
            out.append("")
        if options:
            out.append("| option | meaning |\n|---|---|")
            out.extend(_row(p, ctx) for p in options)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(cli_reference(), end="")
