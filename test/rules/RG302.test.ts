import { cfg, groupOnPo1 } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

/** A chassis whose protocol 1 has the given timers line (line 10). */
const chassis = (hostname: string, timers: string) =>
  cfg(...groupOnPo1(hostname), "  protocol 1", `   ${timers}`, "   authentication md5 key-chain RG-KEYS");

testRule("RG302", "warning", [
  {
    name: "holdtime twice the hellotime",
    a: chassis("edge-a", "timers hellotime 1 holdtime 2"),
    b: chassis("edge-b", "timers hellotime 1 holdtime 3"),
    expected: [
      { side: "a", line: 10, messageIncludes: ["edge-a's protocol 1", "holdtime 2 s", "1 s × 3 = 3 s"] },
    ],
  },
  {
    name: "msec values just under three hellotimes",
    a: chassis("edge-a", "timers hellotime msec 250 holdtime msec 700"),
    b: chassis("edge-b", "timers hellotime msec 250 holdtime msec 700"),
    expected: [
      { side: "a", line: 10, messageIncludes: ["holdtime 700 ms", "750 ms"] },
      { side: "b", line: 10 },
    ],
  },
  {
    name: "exactly three hellotimes passes",
    a: chassis("edge-a", "timers hellotime 1 holdtime 3"),
    b: chassis("edge-b", "timers hellotime msec 250 holdtime msec 750"),
    expected: [],
  },
  {
    name: "holdtime at or below the hellotime is left to RG301",
    a: chassis("edge-a", "timers hellotime 3 holdtime 3"),
    b: chassis("edge-b", "timers hellotime 3 holdtime 1"),
    expected: [],
  },
]);
