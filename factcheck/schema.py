"""Pydantic models of the database files, used only to validate them."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from factcheck.numbers import parse_value
from factcheck.periods import parse_period
from factcheck.units import canonical_unit

ID_PATTERN = re.compile(r"^[a-z0-9._-]+$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class _WithId(_Strict):
    id: str

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(f"{value!r} may use only a-z, 0-9, '.', '_' and '-'")
        return value


class ClaimModel(_WithId):
    entity: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    value: Any
    unit: str = Field(min_length=1)
    period: Any
    source: str = Field(min_length=1)
    statement: str | None = None
    keywords: list[str] = Field(default_factory=list)  # a factory: a default [] is deep-copied per claim
    quote: str | None = None
    tolerance: float | None = Field(default=None, ge=0)
    qualifier: Literal["about", "more_than", "less_than", "at_least", "at_most", "nearly"] | None = None
    kind: Literal["level", "share", "growth", "change", "ratio"] | None = None
    tags: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, value: Any) -> Any:
        if not isinstance(value, (int, float, str)) or isinstance(value, bool):
            raise ValueError(f"a value must be a number or a string like '853.69 billion', not {value!r}")
        parse_value(value)
        return value

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, value: Any) -> Any:
        parse_period(value)
        return value

    @field_validator("unit")
    @classmethod
    def _unit(cls, value: str) -> str:
        return canonical_unit(value)


@cache
def claims_adapter() -> TypeAdapter[list[ClaimModel]]:
    """Validates a whole file's claims in one call (built once, when first needed)."""
    return TypeAdapter(list[ClaimModel])


class EntityModel(_Strict):
    """One entry of entities.yaml: a canonical name and its aliases."""

    name: str = Field(min_length=1)
    aliases: list[str]

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, value: list[str]) -> list[str]:
        for alias in value:
            if len(alias) == 1 and not alias.isascii():
                # One character (京, 沪) is part of too many other words.
                raise ValueError(f"alias {alias!r} is too short")
        return value


class SourceModel(_WithId):
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    published: date | None
    language: str = Field(min_length=2)
    url: str | None = None
    file: str | None = None
    notes: str | None = None

