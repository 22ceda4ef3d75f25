"""Generate sdk/src/tensorcost/_generated and sdk/api.md from openapi/tensorcost.yaml.

    python codegen/generate.py            regenerate and swap the folder in
    python codegen/generate.py --check    exit 1 (listing the files) when the committed tree is stale

openapi-python-client renders into a temporary folder with the templates in codegen/templates
(the per-tag service layer, the request builders, the lazy models package, the models, literal
enums and `types.py` are custom; the generator's own HTTP client and errors are deleted, the
runtime sends every request); the output is post-processed by ruff with explicit rules only,
then swapped in whole, so files of removed operations disappear and two runs are byte-identical.

`sdk/api.md` (see `render_api_md`), the reference of every service method, is rendered from the
generated services in the same run and checked with them.

The generator does not hand OpenAPI extensions to templates, so facts it drops are read from the
spec here and rendered into a template of their own, `_spec_facts.jinja` (see `template_facts`):
enums marked `x-extensible-enum: true`, decimal-string fields, and parameter descriptions.

The lazy models package (`models_init.py.jinja`) holds the one table of every public model, enum
and enum value set with its module, which the public `tensorcost.types` delegates to; generation
fails if it differs from the names the rendered model modules define (see `_check_models_table`).
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "tensorcost.yaml"
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
TARGET = ROOT / "sdk" / "src" / "tensorcost" / "_generated"
API_MD = ROOT / "sdk" / "api.md"

# Explicit rules: ruff's defaults rewrite `__exit__` signatures and break mypy --strict.
RUFF_CHECK = ["check", "--isolated", "--select", "F,I,UP", "--fix", "--quiet"]
RUFF_FORMAT = ["format", "--isolated", "--line-length", "110", "--quiet"]  # the repo's line length
# Keyword arguments every service method adds; a spec parameter must not take these names.
RUNTIME_ARGUMENTS = {"tenant_id", "idempotency_key", "timeout", "to"}
# Headers the runtime sets; the service methods do not take them as arguments.
RUNTIME_HEADERS = {"X-Active-Tenant-Id", "Idempotency-Key"}
PAGINATED = re.compile(r'Operation\(\s*"(\w+)",[^)]*?paginated=True', re.S)
# Files the generator always writes that the runtime does not use (it sends requests itself).
UNUSED_FILES = ("client.py", "errors.py")
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
# Models with notebook methods (`_repr_html_`; `to_pandas` for "items" and "forecast"; `plot` for
# "forecast"), which delegate to hooks the runtime installs (see `types.py.jinja`). List results
# (the `data` array of a `...Response` envelope) get them as `ResultList`s.
NOTEBOOK_RESULTS = {
    "CostForecast": "forecast",
    "CostSummary": "record",
    "CostBySource": "items",
    "CostByTag": "items",
}


def _run(cmd: list[str], cwd: Path | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    return [exe] if exe else [sys.executable, "-m", "ruff"]


def _spec_facts(spec: Path) -> tuple[set[str], list[str]]:
    """Operation ids marked `x-pagination: cursor`, and parameters that clash with runtime args."""
    doc = YAML(typ="safe").load(spec.read_text(encoding="utf-8"))
    components = doc.get("components", {}).get("parameters", {})
    paginated: set[str] = set()
    clashes: list[str] = []
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            if op.get("x-pagination") == "cursor":
                paginated.add(op["operationId"])
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if "$ref" in param:
                    param = components.get(param["$ref"].rsplit("/", 1)[-1], {})
                if param.get("name") in RUNTIME_HEADERS:
                    continue
                name = re.sub(r"[^0-9a-zA-Z]+", "_", str(param.get("name", ""))).lower()
                if name in RUNTIME_ARGUMENTS:
                    clashes.append(f"{method.upper()} {path}: parameter {param['name']!r}")
    return paginated, clashes


def _is_decimal_string(schema: dict[str, Any]) -> bool:
    """A string schema whose values are plain decimals: `format: decimal`, or a `pattern` that
    accepts "0", "12" and "-12.50" but none of "NaN", "1e5", "12,5", "abc" and ""."""
    types = schema.get("type")
    if not (types == "string" or (isinstance(types, list) and "string" in types)):
        return False
    if schema.get("format") == "decimal":
        return True
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return False
    try:
        regex = re.compile(pattern)
    except re.error:
        return False
    accepts = all(regex.search(v) for v in ("0", "12", "-12.50"))
    return accepts and not any(regex.search(v) for v in ("NaN", "1e5", "12,5", "abc", ""))


def template_facts(spec: Path) -> dict[str, Any]:
    """What the templates need from the spec that openapi-python-client does not pass on.

    - `extensible_enums`: each `x-extensible-enum: true` string enum as its sorted values joined
      by a newline (templates know an enum by its values, whatever name the generator gives it);
      an integer enum stays closed (an unknown value could not be kept as its type);
    - `decimal_fields`: model class name -> JSON names of its decimal-string fields;
    - `parameter_descriptions`: operationId -> parameter name -> description.
    - `notebook_results`: model class name -> its notebook methods' kind (`NOTEBOOK_RESULTS`, not
      from the spec: how a result shows in a notebook is the SDK's choice).
    """
    from openapi_python_client.strings import ClassName

    doc = YAML(typ="safe").load(spec.read_text(encoding="utf-8"))
    extensible: set[str] = set()
    decimals: dict[str, list[str]] = {}

    def walk(node: Any, name: str | None) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, name)
            return
        if not isinstance(node, dict):
            return
        enum = node.get("enum")
        # Only string enums: an unknown value is kept as a `str` (`UnknownEnumValue`).
        marked = node.get("x-extensible-enum") is True and isinstance(enum, list)
        if marked and all(isinstance(v, str) for v in enum if v is not None):
            extensible.add("\n".join(sorted(v for v in enum if v is not None)))
        for prop, sub in (node.get("properties") or {}).items():
            if not isinstance(sub, dict):
                continue
            variants = [sub, *sub.get("anyOf", []), *sub.get("oneOf", [])]
            if name is not None and any(isinstance(v, dict) and _is_decimal_string(v) for v in variants):
                decimals.setdefault(str(ClassName(name, "")), []).append(prop)
            walk(sub, f"{name}_{prop}" if name is not None else None)
            items = sub.get("items")
            if isinstance(items, dict):
                walk(items, f"{name}_{prop}_item" if name is not None else None)
        for key, sub in node.items():
            if key not in ("properties", "items"):
                walk(sub, name if key == "allOf" else None)  # allOf parts merge into one class

    for schema_name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        walk(schema, schema_name)
    walk(doc.get("paths", {}), None)

    components = doc.get("components", {}).get("parameters", {})
    descriptions: dict[str, dict[str, str]] = {}
    for item in (doc.get("paths") or {}).values():
        for method, op in item.items():
            if method not in HTTP_METHODS or "operationId" not in op:
                continue
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if "$ref" in param:
                    param = components.get(param["$ref"].rsplit("/", 1)[-1], {})
                text = param.get("description") or param.get("schema", {}).get("description")
                if text and "name" in param:
                    descriptions.setdefault(op["operationId"], {})[param["name"]] = " ".join(
                        str(text).split()
                    )
    return {
        "extensible_enums": sorted(extensible),
        "decimal_fields": {k: sorted(set(v)) for k, v in sorted(decimals.items())},
        "parameter_descriptions": descriptions,
        "notebook_results": NOTEBOOK_RESULTS,
    }


def _templates_with_facts(spec: Path, into: Path) -> tuple[Path, dict[str, Any]]:
    """codegen/templates plus `_spec_facts.jinja`, which sets `facts` (JSON is a Jinja literal)."""
    facts = template_facts(spec)
    shutil.copytree(TEMPLATES, into)
    (into / "_spec_facts.jinja").write_text(
        "{% set facts = " + json.dumps(facts, sort_keys=True) + " %}\n", encoding="utf-8"
    )
    return into, facts


def _check_facts_used(out: Path, facts: dict[str, Any]) -> None:
    """Every decimal field the spec has must have been rendered as one (the class names the
    facts assume are the generator's)."""
    files = {f: f.read_text(encoding="utf-8") for f in sorted((out / "models").glob("*.py"))}
    missing = []
    for cls, fields in facts["decimal_fields"].items():
        text = next((t for t in files.values() if f"\nclass {cls}:" in t), "")
        for field in fields:
            if not re.search(
                r"parse_decimal\w*\W+(?:[\w.]+\W+)?d(?:\[|\.get\()\s*" + re.escape(json.dumps(field)), text
            ):
                missing.append(f"{cls}.{field}")
    if missing:
        sys.exit("decimal-string fields the models did not render as Decimal: " + ", ".join(missing))
    absent = [
        cls for cls in facts["notebook_results"] if not any(f"\nclass {cls}:" in t for t in files.values())
    ]
    if absent:
        sys.exit("NOTEBOOK_RESULTS names models the spec does not have: " + ", ".join(absent))


def _type_checking_models(tree: ast.Module) -> set[str]:
    """The names a module imports from `models` inside `if TYPE_CHECKING:`."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for stmt in ast.walk(node):
                if isinstance(stmt, ast.ImportFrom) and (stmt.module or "").startswith("models."):
                    names.update(alias.asname or alias.name for alias in stmt.names)
    return names


def _check_type_only_imports(out: Path) -> None:
    """The services and endpoint modules import models for type checkers only (the lazy `models`
    package serves them at run time); fail if such a name is used outside an annotation."""
    problems = []
    for module in sorted((out / "api").rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = _type_checking_models(tree)
        skipped: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                skipped.update(id(n) for n in ast.walk(node))
            annotations: list[ast.AST | None] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                annotations.append(node.returns)
                args = node.args
                every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
                annotations += [a.annotation for a in every if a is not None]
            elif isinstance(node, ast.AnnAssign):
                annotations.append(node.annotation)
            for annotation in annotations:
                if annotation is not None:
                    skipped.update(id(n) for n in ast.walk(annotation))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in names and id(node) not in skipped:
                problems.append(f"{module.relative_to(out)}:{node.lineno}: {node.id}")
    if problems:
        sys.exit("names imported for type checkers only are used at run time:\n  " + "\n  ".join(problems))


def _public_names(module: Path) -> list[str]:
    """The classes, enum aliases and `*_VALUES` sets a rendered model module defines at top level."""
    names = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "TypeVar":
                continue  # the generator's `T = TypeVar("T", bound=...)` helper
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name) and t.id[0].isupper()]
    return [n for n in names if not n.startswith("_")]


def _exports(out: Path) -> dict[str, str]:
    """Every public name of the rendered models -> the module under `models` that defines it."""
    return {
        name: module.stem
        for module in sorted((out / "models").glob("*.py"))
        if module.name != "__init__.py"
        for name in _public_names(module)
    }


def _check_models_table(out: Path) -> None:
    """The lazy package's name -> module table is exactly what the rendered model modules define."""
    tree = ast.parse((out / "models" / "__init__.py").read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "_MODULES"
    )
    if ast.literal_eval(table) != _exports(out):
        sys.exit("models/__init__.py's _MODULES differs from the names the model modules define")


# The arguments the service methods add to the spec's parameters, as api.md describes them.
RUNTIME_ARGUMENT_TEXT = {
    "body": "The request body: the model, or a mapping of its JSON fields (checked before sending).",
    "tenant_id": "The tenant of this call (`X-Active-Tenant-Id`); None: the client's.",
    "idempotency_key": "`Idempotency-Key`, kept across retries; None: a new UUID per call.",
    "timeout": "Seconds or an `httpx.Timeout` for this call; None: the client's.",
    "to": "A path or a binary file to stream the file into; None: return the bytes.",
    "progress": "Show a progress bar while the file downloads.",
}


# Aliases of the services' signatures that api.md spells out.
SHOWN_ALIASES = {
    "TimeoutTypes": "float | httpx.Timeout | None",
    "FileTarget": "str | os.PathLike[str] | IO[bytes]",
}


def _model_imports(models: Path, module: str) -> set[str]:
    """The model modules a rendered model module imports when it runs (not for type checkers)."""
    found: set[str] = set()
    for node in ast.parse((models / f"{module}.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level and node.module in (None, "models"):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level and (node.module or "").startswith("models."):
            found.add(str(node.module).rsplit(".", 1)[-1])
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _key(name: str) -> str:
    """A parameter name as both the spec and Python spell it (`groupBy`, `group_by` -> `groupby`)."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def render_api_md(out: Path, descriptions: dict[str, dict[str, str]]) -> str:
    """`api.md`: every service of the client and every method, with its parameters, its result
    and the models it uses, read from the rendered services (so it cannot drift from them);
    `descriptions` are the spec's, operationId -> parameter name -> text."""
    exports = {n: m for n, m in _exports(out).items() if not n.endswith("_VALUES")}
    primary = {module: name for name, module in exports.items()}
    models = out / "models"
    imports = {module: _model_imports(models, module) for module in primary}

    def closure(names: set[str]) -> list[str]:
        todo = [exports[n] for n in names]
        seen: set[str] = set()
        while todo:
            module = todo.pop()
            if module not in seen:
                seen.add(module)
                todo.extend(imports[module] - seen)
        return sorted(primary[m] for m in seen)

    tags = sorted(p.parent.name for p in (out / "api").glob("*/__init__.py"))
    lines = [
        "# API reference",
        "",
        "<!-- Generated by codegen/generate.py from openapi/tensorcost.yaml; do not edit. -->",
        "",
        "Every service of the client and every method, with its parameters, its result and the models it",
        "uses (`from tensorcost.types import ...`). `tc = TensorCost()`; `AsyncTensorCost` has the same",
        "services and methods, awaited (`await tc.cost.get_summary()`). Each service also has",
        "`with_raw_response`, with the same methods returning a `RawResponse` (status, headers, trace id,",
        "`.parse()`). A default of `NOT_GIVEN` means the parameter is not sent; path parameters are",
        "positional, every other parameter is keyword-only.",
        "",
    ]
    sections: list[str] = []
    for tag in tags:
        tree = ast.parse((out / "api" / tag / "__init__.py").read_text(encoding="utf-8"))
        service = next(
            node
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            and node.name.endswith("Service")
            and not node.name.startswith("Async")
        )
        methods = [
            fn
            for fn in service.body
            if isinstance(fn, ast.FunctionDef)
            and not fn.name.startswith("_")
            and fn.name != "with_raw_response"
            and not any(ast.unparse(d) == "overload" for d in fn.decorator_list)
        ]
        lines.append(f"- [`tc.{tag}`](#tc{tag}): " + ", ".join(f"`{fn.name}`" for fn in methods))
        sections += ["", f"## `tc.{tag}`"]
        for fn in methods:
            docstring = ast.get_docstring(fn) or ""
            summary = docstring.split("\n", 1)[0]
            operation = next((ln for ln in docstring.splitlines() if ln.startswith("Operation `")), "")
            operation_id = re.sub(r"^Operation `(\w+)`.*", r"\1", operation)
            described = {_key(k): v for k, v in descriptions.get(operation_id, {}).items()}
            args = fn.args
            defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
            params = [(a, d) for a, d in zip(args.args, defaults, strict=True) if a.arg != "self"]
            params += list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
            used: set[str] = set()
            rows = []
            for arg, default in params:
                annotation = ast.unparse(arg.annotation) if arg.annotation else "Any"
                used.update(n.id for n in ast.walk(ast.parse(annotation)) if isinstance(n, ast.Name))
                shown = re.sub(r" \| Unset\b", "", annotation)
                for alias, meaning in SHOWN_ALIASES.items():
                    shown = re.sub(rf"\b{alias}\b", meaning, shown)
                value = (
                    "required"
                    if default is None
                    else f"`{ast.unparse(default)}`".replace("UNSET", "NOT_GIVEN")
                )
                text = RUNTIME_ARGUMENT_TEXT.get(arg.arg) or described.get(_key(arg.arg), "")
                rows.append(f"| `{arg.arg}` | `{_cell(shown)}` | {value} | {_cell(text)} |")
            returns = ast.unparse(fn.returns) if fn.returns else "None"
            used.update(n.id for n in ast.walk(ast.parse(returns)) if isinstance(n, ast.Name))
            sections += [
                "",
                f"### `tc.{tag}.{fn.name}()`",
                "",
                summary,
                "",
                re.sub(r"^Operation (`\w+`): (\w+) `(.*)`\.$", r"`\2 \3` (operation \1)", operation),
                "",
                "| parameter | type | default | description |",
                "|---|---|---|---|",
                *rows,
                "",
                f"Returns `{returns}`.",
            ]
            models_used = closure(used & set(exports))
            if models_used:
                sections += ["", "Models: " + ", ".join(f"`{m}`" for m in models_used) + "."]
    return "\n".join([*lines, *sections]).replace("\n\n\n", "\n\n") + "\n"


def generate(spec: Path, out_parent: Path) -> Path:
    """Render the package into out_parent/_generated, post-processed, and the API reference into
    out_parent/api.md; return the package's path."""
    out = out_parent / "_generated"
    templates, facts = _templates_with_facts(spec, out_parent / "templates")
    log = _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out),
            "--meta",
            "none",
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(templates),
        ]
    )
    problems = [line for line in log.splitlines() if re.search(r"warning|error", line, re.I)]
    if problems:
        sys.exit("openapi-python-client reported problems:\n" + log)
    for unused in UNUSED_FILES:  # the generator's own HTTP client and its errors
        (out / unused).unlink()
    _run([*_ruff(), *RUFF_CHECK, "."], cwd=out)
    _run([*_ruff(), *RUFF_FORMAT, "."], cwd=out)
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    _check_facts_used(out, facts)
    _check_type_only_imports(out)
    _check_models_table(out)

    paginated, clashes = _spec_facts(spec)
    rendered = {
        m.group(1)
        for f in (out / "api").glob("*/__init__.py")
        for m in PAGINATED.finditer(f.read_text(encoding="utf-8"))
    }
    if clashes:
        sys.exit("parameters clash with the service methods' own arguments:\n  " + "\n  ".join(clashes))
    if rendered != paginated:
        sys.exit(
            "x-pagination: cursor in the spec and the generated paginated methods differ "
            f"(spec only: {sorted(paginated - rendered)}, generated only: {sorted(rendered - paginated)}); "
            "a paginated operation needs `limit`/`cursor` parameters and `next_cursor` in its envelope"
        )
    (out_parent / "api.md").write_text(render_api_md(out, facts["parameter_descriptions"]), encoding="utf-8")
    return out


def _tree(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between two generated trees (added, removed or changed)."""
    a, b = _tree(fresh), _tree(committed) if committed.exists() else set()
    changed = [f for f in sorted(a & b) if not filecmp.cmp(fresh / f, committed / f, shallow=False)]
    return [f"+ {f}" for f in sorted(a - b)] + [f"- {f}" for f in sorted(b - a)] + [f"~ {f}" for f in changed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed code is stale")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document")
    parser.add_argument("--target", type=Path, default=TARGET, help="where the package lives")
    parser.add_argument("--api-md", type=Path, default=API_MD, help="where the API reference lives")
    args = parser.parse_args(argv)

    if args.check:
        with tempfile.TemporaryDirectory(prefix="tensorcost-codegen-") as tmp:
            changes = diff(generate(args.spec, Path(tmp)), args.target)
            fresh_md = (Path(tmp) / "api.md").read_text(encoding="utf-8")
        if not args.api_md.exists() or args.api_md.read_text(encoding="utf-8") != fresh_md:
            changes.append(f"~ {args.api_md.name} (the API reference)")
        if changes:
            print(f"{args.target} or {args.api_md.name} is stale; run `nox -s codegen`. Differences:")
            print("\n".join(f"  {c}" for c in changes))
            return 1
        print(f"{args.target} and {args.api_md.name} match {args.spec.name}")
        return 0

    args.target.parent.mkdir(parents=True, exist_ok=True)
    # Render beside the target so the swap is two renames on one filesystem.
    tmp = Path(tempfile.mkdtemp(prefix=".codegen-", dir=args.target.parent))
    try:
        fresh = generate(args.spec, tmp)
        old = tmp / "_previous"
        if args.target.exists():
            os.rename(args.target, old)
        os.rename(fresh, args.target)
        shutil.copyfile(tmp / "api.md", args.api_md)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"generated {args.target.relative_to(ROOT) if args.target.is_relative_to(ROOT) else args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
