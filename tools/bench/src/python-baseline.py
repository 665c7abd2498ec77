"""python-jsonschema peer for the benchmark: validates the first N lines of an NDJSON file of {recordType, record}.

Usage: /usr/bin/python3 python-baseline.py SCHEMAS_DIR FILE N
Prints {"seconds": …, "valid": …, "invalid": …} as JSON.
"""
import datetime
import json
import pathlib
import re
import sys
import time

from jsonschema import Draft202012Validator, FormatChecker, RefResolver

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def main() -> None:
    schemas_dir, path, limit = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store, validators = {}, {}
    checker = FormatChecker()

    @checker.checks("date", raises=ValueError)
    def check_date(value):
        if isinstance(value, str):
            if not DATE.match(value):
                raise ValueError("not a date")
            datetime.date.fromisoformat(value)
        return True

    schemas = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(schemas_dir.glob("*.schema.json"))]
    for schema in schemas:
        store[schema["$id"]] = schema
    for schema in schemas:
        if "recordType" in schema:
            resolver = RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
            validators[schema["recordType"]] = Draft202012Validator(schema, resolver=resolver, format_checker=checker)

    started = time.perf_counter()
    valid = invalid = 0
    with open(path, encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i >= limit:
                break
            try:
                item = json.loads(line)
            except ValueError:
                invalid += 1
                continue
            validator = validators.get(item.get("recordType"))
            if validator is not None and validator.is_valid(item.get("record")):
                valid += 1
            else:
                invalid += 1
    print(json.dumps({"seconds": time.perf_counter() - started, "valid": valid, "invalid": invalid}))


main()
