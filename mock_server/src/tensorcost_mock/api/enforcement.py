"""enforcement's handlers: policies (created directly or from a template, simulated, toggled) and
the action queue (listed, approved, cancelled)."""

from __future__ import annotations

from typing import Any

from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.enforcement import (
    TEMPLATE_BUILDERS,
    check_conditions,
    check_template_parameters,
    check_unique,
    new_policy,
    queue,
    require_status,
    scope_of,
    simulate,
    toggle,
    usage_history,
)
from tensorcost_mock.errors import validation_error
from tensorcost_mock.fixtures import ACME
from tensorcost_mock.state import Collection, Record, iso, parse_time


def _policies(ctx: HandlerContext) -> Collection:
    return ctx.store.collection("enforcement_policies", kind="enforcement policy")


def _history(ctx: HandlerContext) -> list[Record]:
    tenant = ctx.principal.tenant if ctx.principal else ACME
    return usage_history(ctx.store, tenant, ctx.runtime.settings.seed, ctx.runtime.epoch)


def _new_policy(ctx: HandlerContext, body: Record, **fields: Any) -> Record:
    author = ctx.principal.user.email if ctx.principal else "system@tensorcost.com"
    return new_policy(body, ctx.store.new_id("pol_"), author, ctx.now, **fields)


@handler("enforcement_list_policies")
def list_policies(ctx: HandlerContext) -> Reply:
    items = _policies(ctx).filter(mode=ctx.query.get("mode"))
    return ctx.ok(sorted(items, key=lambda p: (p["name"].lower(), p["id"])))


@handler("enforcement_create_policy")
def create_policy(ctx: HandlerContext) -> Reply:
    body = ctx.body
    check_conditions(body["conditions"], "conditions")
    check_unique(_policies(ctx), body["name"])
    record = _new_policy(
        ctx,
        body,
        mode=body.get("mode", "dry_run"),
        template_id=None,
        scope=scope_of(**(body.get("scope") or {})),
        conditions=body["conditions"],
        condition_logic=body.get("condition_logic", "all"),
        actions=body["actions"],
        requires_approval=body.get("requires_approval", True),
        approval_timeout_minutes=body.get("approval_timeout_minutes", 120),
        cooldown_minutes=body.get("cooldown_minutes", 60),
    )
    return ctx.created(_policies(ctx).add(record))


@handler("enforcement_list_templates")
def list_templates(ctx: HandlerContext) -> Reply:
    return ctx.ok(list(ctx.store.collection("policy_templates", kind="policy template")))


@handler("enforcement_create_policy_from_template")
def create_policy_from_template(ctx: HandlerContext) -> Reply:
    template = ctx.store.collection("policy_templates", kind="policy template").require(
        ctx.path["templateId"]
    )
    body = ctx.body
    params = body["parameters"]
    check_template_parameters(template["id"], params)
    check_unique(_policies(ctx), body["name"])
    merged = {**template["default_parameters"], **params}
    scope, conditions, actions, timeout, cooldown = TEMPLATE_BUILDERS[template["id"]](merged)
    record = _new_policy(
        ctx,
        {"name": body["name"], "description": body.get("description") or template["description"]},
        mode=body.get("mode", template["default_mode"]),
        resume_mode=template["default_mode"] if template["default_mode"] != "disabled" else "dry_run",
        template_id=template["id"],
        scope=scope,
        conditions=conditions,
        condition_logic="all",
        actions=actions,
        requires_approval=template["requires_approval"],
        approval_timeout_minutes=timeout,
        cooldown_minutes=cooldown,
    )
    return ctx.created(_policies(ctx).add(record))


@handler("enforcement_simulate_policy")
def simulate_policy(ctx: HandlerContext) -> Reply:
    body = ctx.body
    start, end = parse_time(body["window"]["start"]), parse_time(body["window"]["end"])
    if start >= end:
        raise validation_error(
            [{"location": "body", "field": "window.end", "message": "must be after start"}]
        )
    check_conditions(body["policy"]["conditions"], "policy.conditions")
    return ctx.ok(simulate(body["policy"], _history(ctx), start, end, int(body.get("sample_size", 10))))


@handler("enforcement_toggle_policy")
def toggle_policy(ctx: HandlerContext) -> Reply:
    policy = _policies(ctx).require(ctx.path["id"])
    toggle(policy, (ctx.body or {}).get("enabled"), ctx.now)  # no body: flip
    return ctx.ok(policy)


def _queue(ctx: HandlerContext) -> Collection:
    return queue(ctx.store, ctx.now)


@handler("enforcement_list_actions")
def list_actions(ctx: HandlerContext) -> Reply:
    items = _queue(ctx).filter(status=ctx.query.get("status"))
    items.sort(key=lambda a: (a["requested_at"], a["id"]), reverse=True)
    return ctx.page(items)


def _transition(ctx: HandlerContext, allowed: tuple[str, ...], verb: str) -> Record:
    action: Record = _queue(ctx).require(ctx.path["id"])
    require_status(action, allowed, verb)
    return action


@handler("enforcement_approve_action")
def approve_action(ctx: HandlerContext) -> Reply:
    action = _transition(ctx, ("pending_approval",), "approved")
    action["status"] = "approved"
    action["approved_by"] = ctx.principal.user.email if ctx.principal else None
    action["approved_at"] = iso(ctx.now)
    action["approval_comment"] = (ctx.body or {}).get("comment")
    return ctx.ok(action)


@handler("enforcement_cancel_action")
def cancel_action(ctx: HandlerContext) -> Reply:
    action = _transition(ctx, ("pending_approval", "approved"), "cancelled")
    action["status"] = "cancelled"
    action["cancelled_by"] = ctx.principal.user.email if ctx.principal else None
    action["cancelled_at"] = iso(ctx.now)
    action["cancel_reason"] = (ctx.body or {}).get("reason")
    return ctx.ok(action)
