import type { Field, SourceLocation } from "./types.js";

/** A configured value. */
export function configured<T>(value: T, location: SourceLocation): Field<T> {
  return { value, location, isDefault: false };
}

/** A value that was not configured: the documented (or assumed) default. */
export function defaulted<T>(value: T, location: SourceLocation | null): Field<T> {
  return { value, location, isDefault: true };
}
