import { chassisConfig, TRACK_UPLINK } from "../simulate/pair-builder.js";
import { testRule } from "./rule-tester.js";

/**
 * Pairs from the simulator's builder: group 1 lines start at line 8; with k group lines the LAN
 * interface's `redundancy group 1 …` line is line 20 + k. Track 10 watches the uplink
 * GigabitEthernet0/0/2 (decrement only where the group uses it).
 */
const A = (group1: string[], lan?: string[]) =>
  chassisConfig({ hostname: "edge-a", host: 1, group1, global: TRACK_UPLINK, ...(lan ? { lan } : {}) });
const B = (group1: string[], lan?: string[]) =>
  chassisConfig({ hostname: "edge-b", host: 2, group1, global: TRACK_UPLINK, ...(lan ? { lan } : {}) });

testRule("RG901", "warning", [
  {
    name: "decrement too small: at the interface's decrement, the peer's priority related",
    // 150 − 20 = 130: not below 100, and B's 100 (preempt) does not exceed it.
    a: A(
      ["preempt", "priority 150 failover threshold 100"],
      ["redundancy group 1 ip 10.10.1.1 exclusive decrement 20"],
    ),
    b: B(["preempt", "priority 100"], ["redundancy group 1 ip 10.10.1.1 exclusive decrement 20"]),
    expected: [
      {
        side: "a",
        line: 22,
        related: [{ side: "b", line: 9 }],
        messageIncludes: ["edge-a keeps group 1", "interface-down:a:GigabitEthernet0/0/1", "from 150 to 130"],
      },
    ],
  },
  {
    name: "no decrement on the redundant interface: at its `redundancy group` line",
    a: A(["preempt", "priority 150 failover threshold 100"], ["redundancy group 1 ip 10.10.1.1 exclusive"]),
    b: B(["preempt", "priority 100"], ["redundancy group 1 ip 10.10.1.1 exclusive"]),
    expected: [
      { side: "a", line: 22, related: [{ side: "b", line: 9 }], messageIncludes: ["has no decrement"] },
    ],
  },
  {
    name: "threshold too low and no preempt on the peer: at the threshold, the peer's group related",
    // 150 − 60 = 90: not below 80; B's 100 is higher but B has no preempt. Both the LAN interface
    // and the tracked uplink (track 10 decrement 60) give the same finding.
    a: A(["priority 150 failover threshold 80", "track 10 decrement 60"]),
    b: B(["priority 100"]),
    expected: [
      {
        side: "a",
        line: 8,
        related: [{ side: "b", line: 6 }],
        messageIncludes: ["not below its failover threshold 80", "edge-b (100) has no `preempt`"],
      },
      {
        side: "a",
        line: 8,
        related: [{ side: "b", line: 6 }],
      },
      { side: "a", line: 8, related: [{ side: "b", line: 6 }] },
    ],
  },
  {
    name: "no threshold and no preempt on the peer: at the peer's group line",
    a: A(["priority 150"], ["redundancy group 1 ip 10.10.1.1 exclusive decrement 60"]),
    b: B(["priority 100"]),
    expected: [
      { side: "b", line: 6, related: [{ side: "a", line: 8 }], messageIncludes: ["edge-b has no `preempt`"] },
    ],
  },
  {
    name: "a tracked object's decrement too small: at the group's `track` line",
    a: A(["preempt", "priority 150 failover threshold 100", "track 10 decrement 10"]),
    b: B(["preempt", "priority 100"]),
    expected: [
      // interface-down of the uplink and track-down of its object: both lower A by 10 only.
      {
        side: "a",
        line: 10,
        related: [{ side: "b", line: 9 }],
        messageIncludes: ["`track 10 decrement 10`", "from 150 to 140"],
      },
      {
        side: "a",
        line: 10,
        related: [{ side: "b", line: 9 }],
      },
    ],
  },
  {
    name: "preempt on the peer takes the group over: no finding",
    a: A(["priority 150", "track 10 decrement 60"]),
    b: B(["preempt", "priority 100"]),
    expected: [],
  },
  {
    name: "the same faults on the standby: no finding",
    a: A(["preempt", "priority 150 failover threshold 100"]),
    b: B(["priority 100"], ["redundancy group 1 ip 10.10.1.1 exclusive decrement 20"]),
    expected: [],
  },
  {
    name: "equal priorities (undetermined, RG203): no finding",
    a: A(["priority 100"], ["redundancy group 1 ip 10.10.1.1 exclusive"]),
    b: B(["priority 100"], ["redundancy group 1 ip 10.10.1.1 exclusive"]),
    expected: [],
  },
]);
