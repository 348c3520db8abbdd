"""/schema: the API's endpoints as a plain page, no script; the JSON at /schema/openapi.json."""

from __future__ import annotations

from html import escape
from typing import Any

from litestar import Request
from litestar.openapi.plugins import OpenAPIRenderPlugin

_METHODS = ("get", "head", "post", "put", "patch", "delete")


def schema_html(schema: dict[str, Any], json_url: str) -> str:
    info = schema.get("info", {})
    rows = []
    for path, item in sorted(schema.get("paths", {}).items()):
        for method in _METHODS:
            if method in item:
                operation = item[method]
                summary = operation.get("summary") or operation.get("description") or ""
                rows.append(
                    f"<tr><td><code>{method.upper()}</code></td><td><code>{escape(path)}</code></td>"
                    f"<td>{escape(summary.strip().splitlines()[0] if summary.strip() else '')}</td></tr>"
                )
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{escape(info.get('title', 'API'))} API</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<h1>{escape(info.get('title', 'API'))} API</h1>"
        f"<p>{escape(info.get('description', ''))}</p>"
        f'<p>The OpenAPI document: <a href="{escape(json_url)}">{escape(json_url)}</a>.</p>'
        "<table><tr><th>Method</th><th>Path</th><th>What it does</th></tr>"
        + "".join(rows)
        + "</table></html>"
    )


class SchemaPage(OpenAPIRenderPlugin):
    """Plain HTML: the content security policy allows no inline style or script."""

    def __init__(self) -> None:
        super().__init__(path="/")

    def render(self, request: Request, openapi_schema: dict[str, Any]) -> bytes:
        return schema_html(openapi_schema, self.get_openapi_json_route(request)).encode()
