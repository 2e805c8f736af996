/**
 * V8 settings for what the bin is: one short process on a machine with few cores (a CI runner, a
 * laptop). Most of a large run is V8 warming up: the hot functions run in the interpreter until
 * TurboFan, on another thread, has compiled them. With V8's default inlining budget TurboFan
 * inlines so much into the model builder and the reader (one compile took 90 ms) that the code
 * arrives late; with a small budget it arrives sooner, and runs about as fast once it does.
 * Measured on Node 20 (V8 11.3), bench/README.md "End to end › Fourth pass": a 100k-line pair
 * 15–20% faster, a 10k pair 10–15%, the example pair and a 1M pair unchanged.
 *
 * The flags change only how V8 optimizes, never what the code does. They are set before the bundle
 * is compiled, because V8 accepts a code cache only under the flags it was made with (the build
 * makes it through the bin, so under these). On another V8 they are not set: their effect there
 * has not been measured.
 */
export const TUNED_V8_FLAGS: readonly string[] = ["--max-inlined-bytecode-size-cumulative=50"];

/** The flags the bin sets: none with `RGLINT_V8_TUNING=off` or on a V8 other than 11.x. */
export function v8TuningFlags(
  env: Readonly<Record<string, string | undefined>>,
  v8Version: string,
): readonly string[] {
  if (env.RGLINT_V8_TUNING === "off") return [];
  return v8Version.startsWith("11.") ? TUNED_V8_FLAGS : [];
}
