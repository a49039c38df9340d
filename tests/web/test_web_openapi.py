"""/api/openapi.json documents exactly the routes the app has, in valid OpenAPI 3.1."""

from __future__ import annotations

import json
import re

import jsonschema

from helder.web.openapi import openapi_document

IGNORED_METHODS = {"HEAD", "OPTIONS"}


def routes_in(app) -> set[tuple[str, str]]:
    found = set()
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        found |= {(path, method) for method in rule.methods - IGNORED_METHODS}
    return found


def documented(document) -> set[tuple[str, str]]:
    return {(path, method.upper()) for path, item in document["paths"].items() for method in item}


def test_served_document_is_the_module_document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.get_json() == openapi_document()


def test_every_route_is_documented_and_nothing_else(app):
    assert routes_in(app) == documented(openapi_document())


def test_document_is_openapi_3_1_with_resolvable_refs():
    document = openapi_document()
    assert document["openapi"].startswith("3.1")
    components = document["components"]
    refs = set(re.findall(r'"\$ref": "([^"]+)"', json.dumps(document)))
    for ref in refs:
        section, name = ref.removeprefix("#/components/").split("/")
        assert name in components[section], ref
    for schema in components["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_report_schema_extends_the_contract_without_dropping_fields():
    schemas = openapi_document()["components"]["schemas"]
    assert {"helder_version", "profile", "score", "grade", "dimensions", "findings", "sentences", "stats"} <= set(
        schemas["Report"]["required"]
    )
    assert {"rule", "dimension", "severity", "start", "end", "message"} <= set(schemas["Finding"]["required"])
    assert {"score", "status", "summary"} <= set(schemas["Dimension"]["required"])


def test_every_json_operation_documents_its_errors():
    for path, item in openapi_document()["paths"].items():
        if path.startswith("/api/") or path == "/healthz":
            for operation in item.values():
                assert {"200", "405", "500"} <= set(operation["responses"]), path
