"""Second implementation for the conformance suite: validates examples with python-jsonschema.

Usage: python3 python-validate.py SCHEMAS_DIR EXAMPLE...
Prints a JSON object mapping each example path to true (valid) or false (invalid).
"""
import datetime
import json
import pathlib
import re
import sys

from jsonschema import Draft202012Validator, FormatChecker, RefResolver

DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def main() -> None:
    schemas_dir = pathlib.Path(sys.argv[1])
    store = {}
    by_record_type = {}
    # The VN-TIP dialect: each schema names it in $schema and must validate against it (python-jsonschema does not
    # read $vocabulary; the dialect's vocabularies are 2020-12's plus annotations, so 2020-12 semantics apply).
    dialect = json.loads((schemas_dir / "meta-schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(dialect)
    dialect_validator = Draft202012Validator(dialect)
    for path in sorted(schemas_dir.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        if schema.get("$schema") != dialect["$id"]:
            raise SystemExit(f"{path.name}: $schema is not the VN-TIP dialect")
        Draft202012Validator.check_schema(schema)
        dialect_validator.validate(schema)
        store[schema["$id"]] = schema
        record_type = schema.get("recordType")
        if path.name == "exchange-package.schema.json":
            record_type = "exchange_package"
        if record_type:
            by_record_type[record_type] = schema

    checker = FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def check_date_time(value):
        if not isinstance(value, str):
            return True
        if not DATE_TIME.match(value):
            raise ValueError("not an RFC 3339 date-time")
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return True

    @checker.checks("date", raises=ValueError)
    def check_date(value):
        if not isinstance(value, str):
            return True
        if not DATE.match(value):
            raise ValueError("not an ISO 8601 date")
        datetime.date.fromisoformat(value)
        return True

    verdicts = {}
    for example_path in sys.argv[2:]:
        example = json.loads(pathlib.Path(example_path).read_text(encoding="utf-8"))
        schema = by_record_type.get(example.get("recordType"))
        if schema is None:
            verdicts[example_path] = False
            continue
        resolver = RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
        validator = Draft202012Validator(schema, resolver=resolver, format_checker=checker)
        verdicts[example_path] = validator.is_valid(example["record"])
    print(json.dumps(verdicts))


main()
