import { chassisConfig } from "../simulate/pair-builder.js";
import { testRule } from "./rule-tester.js";

const A = (group1: string[]) => chassisConfig({ hostname: "edge-a", host: 1, group1 });
const B = (group1: string[]) => chassisConfig({ hostname: "edge-b", host: 2, group1 });

testRule("RG902", "note", [
  {
    name: "the preferred chassis has no preempt: at its group line, the peer's priority related",
    a: A(["priority 150 failover threshold 100"]),
    b: B(["preempt", "priority 100"]),
    expected: [
      {
        side: "a",
        line: 6,
        related: [{ side: "b", line: 9 }],
        messageIncludes: ["edge-a has no `preempt` in group 1", "reload:a", "stays there"],
      },
    ],
  },
  {
    name: "preferred chassis B (higher priority) without preempt: on B",
    a: A(["preempt", "priority 100"]),
    b: B(["priority 200"]),
    expected: [{ side: "b", line: 6, related: [{ side: "a", line: 9 }] }],
  },
  {
    name: "preempt on the preferred chassis: no finding",
    a: A(["preempt", "priority 150"]),
    b: B(["priority 100"]),
    expected: [],
  },
  {
    name: "equal priorities: nothing is preferred, no finding",
    a: A(["priority 100"]),
    b: B(["priority 100"]),
    expected: [],
  },
]);
