import { cfg, groupOnPo1 } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

/** A chassis whose protocol 1 has the given timers line (line 10), or none. */
const chassis = (hostname: string, timers: string | null) =>
  cfg(
    ...groupOnPo1(hostname),
    "  protocol 1",
    ...(timers === null ? [] : [`   ${timers}`]),
    "   authentication md5 key-chain RG-KEYS",
  );

testRule("RG301", "error", [
  {
    name: "holdtime equal to hellotime, in seconds",
    a: chassis("edge-a", "timers hellotime 3 holdtime 3"),
    b: chassis("edge-b", "timers hellotime 1 holdtime 3"),
    expected: [
      { side: "a", line: 10, messageIncludes: ["edge-a's protocol 1", "holdtime 3 s", "hellotime 3 s"] },
    ],
  },
  {
    name: "holdtime below hellotime once both are in milliseconds",
    a: chassis("edge-a", "timers hellotime 1 holdtime msec 900"),
    b: chassis("edge-b", "timers hellotime 1 holdtime msec 900"),
    expected: [
      { side: "a", line: 10, messageIncludes: ["holdtime 900 ms", "hellotime 1 s"] },
      { side: "b", line: 10, messageIncludes: ["edge-b's protocol 1"] },
    ],
  },
  {
    name: "a single chassis is checked on its own",
    a: chassis("edge-a", "timers hellotime msec 500 holdtime msec 500"),
    expected: [{ side: "a", line: 10 }],
  },
  {
    name: "holdtime just above hellotime is RG302's, not RG301's",
    a: chassis("edge-a", "timers hellotime 1 holdtime msec 1001"),
    b: chassis("edge-b", "timers hellotime 1 holdtime msec 1001"),
    expected: [],
  },
  {
    name: "the default timers (3 s / 10 s) when no timers line is configured",
    a: chassis("edge-a", null),
    b: chassis("edge-b", null),
    expected: [],
  },
  {
    name: "the recommended ratio passes",
    a: chassis("edge-a", "timers hellotime msec 250 holdtime msec 750"),
    b: chassis("edge-b", "timers hellotime msec 250 holdtime msec 750"),
    expected: [],
  },
]);
