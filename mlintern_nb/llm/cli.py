"""`mlintern llm check` (endpoint, model, a one-line round trip, cost) and `mlintern llm models`."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("llm", help="check the optional OpenAI-compatible LLM endpoint")
    s = p.add_subparsers(dest="llm_command", metavar="SUBCOMMAND")
    c = s.add_parser("check", help="show the LLM configuration and make one tiny request")
    c.add_argument("--json", action="store_true", help="print a JSON report")
    c.add_argument("--stream", action="store_true", help="use a streaming request")
    c.set_defaults(func=run_check)
    m = s.add_parser("models", help="list the models the endpoint serves")
    m.set_defaults(func=run_models)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _engine():
    from ..config import get_config
    from ..errors import LLMNotConfigured
    from . import get_engine
    cfg = get_config()
    if not (cfg.llm_base_url or "").strip():
        raise LLMNotConfigured()
    if (cfg.engine or "").lower() != "llm":
        cfg.engine = "llm"  # `llm check` is an explicit request to talk to the endpoint
    return get_engine(fresh=True)


def run_models(args) -> int:
    engine = _engine()
    for name in engine.client.models():
        print(name)
    return 0


def run_check(args) -> int:
    from ..errors import LLMError
    engine = _engine()
    report = {"base_url": engine.base_url, "api_key_env": engine.client.api_key_env,
              "timeout_s": engine.client.timeout, "max_retries": engine.client.max_retries}
    report["models"] = engine.client.models()
    engine.client.resolve_model()
    msgs = [{"role": "system", "content": "Reply with the single word OK."},
            {"role": "user", "content": "Are you there?"}]
    res = engine.complete(msgs, purpose="check", cell="check", stream=args.stream, max_tokens=16)
    report.update(engine.describe())
    report.update(reply=res.text.strip()[:80], latency_s=round(res.duration_s, 3), prompt_tokens=res.prompt_tokens,
                  completion_tokens=res.completion_tokens, usage_estimated=res.estimated,
                  cost_usd=engine.ledger.spent_usd, attempts=res.attempts)
    if not res.text.strip():
        raise LLMError(f"{engine.base_url} answered with an empty reply")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        price = report["price_per_1m"]
        out = sys.stdout
        out.write(f"endpoint   {report['base_url']}  (key from ${report['api_key_env']})\n")
        out.write(f"model      {report['model']}  ({len(report['models'])} served)\n")
        out.write(f"price      ${price['input']}/${price['output']} per 1M tokens in/out"
                  f"{'' if report['price_known'] else ' (unknown model: conservative default)'}\n")
        out.write(f"reply      {report['reply']!r} in {report['latency_s']} s, {res.prompt_tokens}+"
                  f"{res.completion_tokens} tokens{' (estimated)' if res.estimated else ''}, "
                  f"${report['cost_usd']:.6f}\n")
        out.write(f"budget     ${report['budget_usd']} per reproduction\n")
    return 0
