import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { cfg } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG207", "error", [
  {
    name: "group, priority, threshold, timers, control protocol, track and decrement out of range",
    a: cfg(
      "hostname edge-a", // 1
      "redundancy", // 2
      " application redundancy", // 3
      "  group 3", // 4: group 1–2
      "   name RG3", // 5
      "   priority 256 failover threshold 0", // 6: priority and threshold 1–255 (two findings)
      "   timers delay 10001 reload 10000", // 7: delay 0–10000 s (reload at the limit is fine)
      "   control Port-channel1 protocol 9", // 8: protocol 1–8
      "   data Port-channel1", // 9
      "   track 1001 decrement 300", // 10: track 1–1000 and decrement 1–255 (two findings)
      "track 1001 interface Port-channel1 line-protocol", // 11: track 1–1000
    ),
    expected: [
      { side: "a", line: 4, messageIncludes: ["edge-a", "group number is 3", "1–2"] },
      { side: "a", line: 6, messageIncludes: ["priority is 256"] },
      { side: "a", line: 6 }, // the threshold: see the message test below
      { side: "a", line: 7, messageIncludes: ["10001 s", "0–10000 s"] },
      { side: "a", line: 8 },
      { side: "a", line: 10 },
      { side: "a", line: 10 },
      { side: "a", line: 11 },
    ],
  },
  {
    name: "protocol block number and hello/hold timers",
    a: cfg(
      "hostname edge-a",
      "redundancy",
      " application redundancy",
      "  protocol 9", // 4
      "   timers hellotime msec 100 holdtime 256", // 5: hello below 250 ms, hold above 255 s
      "  protocol 1",
      "   timers hellotime msec 250 holdtime 255", // 7: both at the limits
    ),
    expected: [
      { side: "a", line: 4 },
      { side: "a", line: 5, messageIncludes: ["hellotime is 100 ms"] },
      { side: "a", line: 5 }, // the holdtime
    ],
  },
  {
    name: "interface RII, group and decrement; NAT redundancy and mapping-id; CUBE redundancy-group",
    a: cfg(
      "hostname edge-a",
      "interface GigabitEthernet0/0/1", // 2
      " ip address 10.10.1.2 255.255.255.0",
      " redundancy rii 70000", // 4
      " redundancy group 1 ip 10.10.1.1 exclusive decrement 0", // 5
      "interface GigabitEthernet0/0/2",
      " ip address 10.10.2.2 255.255.255.0",
      " redundancy rii 65535", // 8: at the limit
      " redundancy group 4 decrement 255", // 9: group out of range, decrement at the limit
      "ip nat pool P1 203.0.113.16 203.0.113.31 prefix-length 28",
      "ip nat inside source list NAT-G1 pool P1 redundancy 3 mapping-id 0 overload", // 11: two findings
      "ip nat inside source static 10.1.1.5 203.0.113.5 redundancy 1 mapping-id 2147483647", // 12: at the limit
      "voice service voip",
      " redundancy-group 5", // 14
    ),
    expected: [
      { side: "a", line: 4, messageIncludes: ["RII is 70000"] },
      { side: "a", line: 5, messageIncludes: ["decrement for group 1 is 0"] },
      { side: "a", line: 9 },
      { side: "a", line: 11, messageIncludes: ["mapping-id is 0"] },
      { side: "a", line: 11 }, // the NAT redundancy group
      { side: "a", line: 14 },
    ],
  },
  {
    name: "values at the limits of their ranges: no finding",
    a: cfg(
      "hostname edge-a",
      "track 1000 interface Port-channel1 line-protocol",
      "redundancy",
      " application redundancy",
      "  group 2",
      "   priority 1 failover threshold 255",
      "   timers delay 0 reload 10000",
      "   control Port-channel1 protocol 8",
      "   data Port-channel1",
      "   track 1000 decrement 1",
      "  protocol 8",
      "   timers hellotime 254 holdtime msec 750",
    ),
    expected: [],
  },
  {
    name: "runs on each chassis of a pair",
    a: cfg("hostname edge-a", "redundancy", " application redundancy", "  group 0", "   priority 150"),
    b: cfg("hostname edge-b", "redundancy", " application redundancy", "  group 1", "   priority 0"),
    expected: [
      { side: "a", line: 4 },
      { side: "b", line: 5 },
    ],
  },
]);

describe("RG207 messages and fingerprints", () => {
  it("names each value, its unit and its range; the subject carries no line number", () => {
    const text = cfg(
      "hostname edge-a",
      "redundancy",
      " application redundancy",
      "  group 1",
      "   priority 256 failover threshold 0",
      "   timers delay 30 reload 20000",
      "  protocol 1",
      "   timers hellotime msec 100 holdtime 256",
      "ip nat inside source list NAT-G1 pool P1 redundancy 3 mapping-id 11 overload",
    );
    const findings = analyze([{ file: "a.cfg", content: text }]).findings.filter((f) => f.ruleId === "RG207");
    const fingerprints = findings.map((f) => f.fingerprint);
    expect(fingerprints).toHaveLength(6);
    expect(fingerprints).toEqual(
      expect.arrayContaining([
        "RG207:a:group=1:priority=256",
        "RG207:a:group=1:threshold=0",
        "RG207:a:group=1:reload=20000s",
        "RG207:a:protocol=1:hellotime=100ms",
        "RG207:a:protocol=1:holdtime=256000ms",
        expect.stringMatching(/^RG207:a:nat=.*:redundancy=3$/),
      ]),
    );
    const messages = findings.map((f) => f.message).join("\n");
    for (const fragment of [
      "edge-a's group 1's priority is 256, outside the documented range 1–255",
      "edge-a's group 1's failover threshold is 0",
      "edge-a's group 1's `timers reload` is 20000 s, outside the documented range 0–10000 s",
      "edge-a's protocol 1's hellotime is 100 ms, outside the documented range 250 ms–254 s",
      "edge-a's protocol 1's holdtime is 256 s, outside the documented range 750 ms–255 s",
      "edge-a's NAT rule's redundancy group is 3, outside the documented range 1–2",
    ]) {
      expect(messages).toContain(fragment);
    }
  });
});
