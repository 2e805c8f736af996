/**
 * The command grammar: one chevrotain rule per configuration mode rglint understands. The parser
 * sees one line at a time (`parseWith`) and either returns the command's values or fails; it
 * never recovers or guesses. Semantics (defaults, units, replacement order) belong to the model.
 */
import { EmbeddedActionsParser, type IToken, tokenMatcher } from "chevrotain";
import type { Command, ParsedNatRule, RawSecret, TrackTargetCommand } from "./commands.js";
import { ALL_TOKENS, AnyWord, Ipv4, Ipv6, Kw, Num } from "./tokens.js";

const num = (t: IToken): number => Number(t.image);
const lower = (t: IToken): string => t.image.toLowerCase();
const joinImages = (tokens: readonly IToken[]): string => tokens.map((t) => t.image).join(" ");

interface NatOptions {
  vrf: string | null;
  redundancy: number | string | null;
  mappingId: number | null;
  flags: string[];
}

interface NatMatch {
  readonly kind: "list" | "route-map" | "static";
  readonly match: string | null;
  readonly pool: string | null;
  readonly interface: string | null;
  readonly first: string | null;
  readonly second: string | null;
  readonly protocol: "tcp" | "udp" | null;
  readonly firstPort: number | null;
  readonly secondPort: number | null;
}

const NAT_FLAGS = [
  "overload",
  "reversible",
  "match-in-vrf",
  "extendable",
  "no-alias",
  "add-route",
  "no-payload",
  "extended",
] as const;

const IP_SLA_OPERATIONS = [
  "icmp-echo",
  "icmp-jitter",
  "udp-jitter",
  "udp-echo",
  "tcp-connect",
  "path-echo",
  "path-jitter",
  "http",
  "dns",
] as const;

export class CommandParser extends EmbeddedActionsParser {
  /** The text of the line being parsed (secrets and descriptions are sliced from it verbatim). */
  private lineText = "";

  /**
   * `validate: false` skips chevrotain's grammar validations (ambiguities, left recursion), which
   * cost most of the construction time; the tests construct the parser with them on.
   */
  constructor(options: { readonly validate?: boolean } = {}) {
    super([...ALL_TOKENS], {
      recoveryEnabled: false,
      maxLookahead: 2,
      skipValidations: options.validate === false,
    });
    this.performSelfAnalysis();
  }

  /** Parses `tokens` (lexed from `text`) with `rule`; null when the line does not fit the rule. */
  parseWith(rule: RuleName, tokens: IToken[], text: string): ParseOutcome {
    this.lineText = text;
    this.input = tokens;
    const command = this[rule]();
    if (this.errors.length > 0 || command === undefined) {
      const error = this.errors[0];
      const token = error?.token;
      const atEnd = token === undefined || token.tokenType.name === "EOF" || Number.isNaN(token.startOffset);
      return { command: null, failedAt: atEnd ? null : { offset: token.startOffset, word: token.image } };
    }
    return { command, failedAt: null };
  }

  private secretFrom(tokens: readonly IToken[], allowType: boolean): RawSecret {
    const first = tokens[0]!;
    const second = tokens[1];
    if (allowType && second !== undefined && (first.image === "0" || first.image === "7")) {
      return { encryption: first.image === "0" ? 0 : 7, value: this.lineText.slice(second.startOffset) };
    }
    return { encryption: null, value: this.lineText.slice(first.startOffset) };
  }

  // ── shared pieces ─────────────────────────────────────────────────────────

  private readonly restWords = this.RULE("restWords", (): IToken[] => {
    const out: IToken[] = [];
    this.MANY(() => {
      out.push(this.CONSUME(AnyWord));
    });
    return out;
  });

  private readonly restWords1 = this.RULE("restWords1", (): IToken[] => {
    const out: IToken[] = [];
    this.AT_LEAST_ONE(() => {
      out.push(this.CONSUME(AnyWord));
    });
    return out;
  });

  // ── global ────────────────────────────────────────────────────────────────

  readonly globalCmd = this.RULE("globalCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.hostname);
          return { kind: "hostname", name: this.CONSUME(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.version);
          return { kind: "version", version: this.CONSUME1(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.interface);
          const words = this.SUBRULE(this.restWords1);
          return this.ACTION(() => ({ kind: "interface", name: words.map((t) => t.image).join("") }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.redundancy);
          return { kind: "redundancy" };
        },
      },
      { ALT: () => this.SUBRULE(this.ipGlobal) },
      {
        ALT: () => {
          this.CONSUME(Kw.no);
          this.CONSUME(Kw.ip);
          this.CONSUME(Kw.nat);
          this.CONSUME(Kw.service);
          const words = this.SUBRULE1(this.restWords1);
          return this.ACTION(() => ({ kind: "nat-service-disabled", text: joinImages(words).toLowerCase() }));
        },
      },
      { ALT: () => this.SUBRULE(this.numberedAcl) },
      { ALT: () => this.SUBRULE(this.trackCmd) },
      {
        ALT: () => {
          this.CONSUME(Kw.zone);
          this.CONSUME(Kw.security);
          return { kind: "zone", name: this.CONSUME2(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["zone-pair"]);
          this.CONSUME1(Kw.security);
          const name = this.CONSUME3(AnyWord).image;
          this.CONSUME(Kw.source);
          const source = this.CONSUME4(AnyWord).image;
          this.CONSUME(Kw.destination);
          const destination = this.CONSUME5(AnyWord).image;
          return { kind: "zone-pair", name, source, destination };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["parameter-map"]);
          this.CONSUME(Kw.type);
          this.CONSUME(Kw.inspect);
          this.CONSUME(Kw.global);
          return { kind: "inspect-global" };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.voice);
          this.CONSUME1(Kw.service);
          this.CONSUME(Kw.voip);
          return { kind: "voice-service-voip" };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.key);
          this.CONSUME(Kw.chain);
          return { kind: "key-chain", name: this.CONSUME6(AnyWord).image };
        },
      },
    ]);
  });

  private readonly ipGlobal = this.RULE("ipGlobal", (): Command => {
    this.CONSUME(Kw.ip);
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.nat);
          return this.SUBRULE(this.natCmd);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["access-list"]);
          const aclKind = this.OR1<"standard" | "extended">([
            {
              ALT: () => {
                this.CONSUME(Kw.standard);
                return "standard";
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.extended);
                return "extended";
              },
            },
          ]);
          return { kind: "acl", aclKind, name: this.CONSUME(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.sla);
          return { kind: "ip-sla", id: num(this.CONSUME(Num)) };
        },
      },
    ]);
  });

  private readonly numberedAcl = this.RULE("numberedAcl", (): Command => {
    this.CONSUME(Kw["access-list"]);
    const name = this.CONSUME(AnyWord).image;
    const action = this.OR([
      { ALT: () => this.CONSUME(Kw.permit) },
      { ALT: () => this.CONSUME(Kw.deny) },
      { ALT: () => this.CONSUME(Kw.remark) },
    ]);
    const rest = this.SUBRULE(this.restWords);
    return this.ACTION(() => ({
      kind: "acl-numbered",
      name,
      entry: [action.image, ...rest.map((t) => t.image)],
    }));
  });

  // ── NAT ───────────────────────────────────────────────────────────────────

  private readonly natCmd = this.RULE("natCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          const direction = this.OR1<"inside" | "outside">([
            {
              ALT: () => {
                this.CONSUME(Kw.inside);
                return "inside";
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.outside);
                return "outside";
              },
            },
          ]);
          const target = this.OR2<"source" | "destination">([
            {
              ALT: () => {
                this.CONSUME(Kw.source);
                return "source";
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.destination);
                return "destination";
              },
            },
          ]);
          const spec = this.SUBRULE(this.natMatch);
          const options: NatOptions = { vrf: null, redundancy: null, mappingId: null, flags: [] };
          this.MANY(() => this.SUBRULE(this.natOption, { ARGS: [options] }));
          return this.ACTION((): Command => {
            const rule: ParsedNatRule = { direction, target, ...spec, ...options };
            return { kind: "nat-rule", rule };
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.pool);
          const name = this.CONSUME(AnyWord).image;
          const start = this.CONSUME(Ipv4).image;
          const end = this.CONSUME1(Ipv4).image;
          let netmask: string | null = null;
          let prefixLength: number | null = null;
          const options: string[] = [];
          this.MANY1(() => {
            this.OR3([
              {
                ALT: () => {
                  this.CONSUME(Kw.netmask);
                  netmask = this.CONSUME2(Ipv4).image;
                },
              },
              {
                ALT: () => {
                  this.CONSUME(Kw["prefix-length"]);
                  prefixLength = num(this.CONSUME(Num));
                },
              },
              {
                ALT: () => {
                  this.CONSUME(Kw.type);
                  const type = this.CONSUME1(AnyWord);
                  options.push(`type ${lower(type)}`);
                },
              },
            ]);
          });
          return { kind: "nat-pool", name, start, end, netmask, prefixLength, options };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.switchover);
          this.CONSUME(Kw.replication);
          this.CONSUME(Kw.http);
          let port: number | null = null;
          this.OPTION(() => {
            this.CONSUME(Kw.port);
            port = num(this.CONSUME1(Num));
          });
          return { kind: "nat-http-replication", port };
        },
      },
    ]);
  });

  private readonly natMatch = this.RULE("natMatch", (): NatMatch => {
    const none = {
      match: null,
      pool: null,
      interface: null,
      first: null,
      second: null,
      protocol: null,
      firstPort: null,
      secondPort: null,
    } as const;
    return this.OR<NatMatch>([
      {
        ALT: () => {
          this.CONSUME(Kw.list);
          const match = this.CONSUME(AnyWord).image;
          const target = this.SUBRULE(this.natTarget);
          return { ...none, kind: "list", match, ...target };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["route-map"]);
          const match = this.CONSUME1(AnyWord).image;
          const target = this.SUBRULE1(this.natTarget);
          return { ...none, kind: "route-map", match, ...target };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.static);
          const spec = this.SUBRULE(this.staticSpec);
          return { ...none, kind: "static", ...spec };
        },
      },
    ]);
  });

  private readonly natTarget = this.RULE(
    "natTarget",
    (): { pool: string | null; interface: string | null } => {
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(Kw.pool);
            return { pool: this.CONSUME(AnyWord).image, interface: null };
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.interface);
            return { pool: null, interface: this.CONSUME1(AnyWord).image };
          },
        },
      ]);
    },
  );

  private readonly staticSpec = this.RULE(
    "staticSpec",
    (): Pick<NatMatch, "first" | "second" | "protocol" | "firstPort" | "secondPort" | "interface"> => {
      return this.OR([
        {
          ALT: () => {
            const protocol = this.OR1<"tcp" | "udp">([
              {
                ALT: () => {
                  this.CONSUME(Kw.tcp);
                  return "tcp";
                },
              },
              {
                ALT: () => {
                  this.CONSUME(Kw.udp);
                  return "udp";
                },
              },
            ]);
            const first = this.CONSUME(Ipv4).image;
            const firstPort = num(this.CONSUME(Num));
            const second = this.SUBRULE(this.staticGlobal);
            const secondPort = num(this.CONSUME1(Num));
            return { protocol, first, firstPort, ...second, secondPort };
          },
        },
        {
          ALT: () => {
            this.CONSUME(Kw.network);
            const first = this.CONSUME1(Ipv4).image;
            const second = this.CONSUME2(Ipv4).image;
            const mask = this.CONSUME(AnyWord).image;
            return this.ACTION(() => {
              const len = maskToSuffix(mask);
              return {
                protocol: null,
                first: `${first}${len}`,
                firstPort: null,
                second: `${second}${len}`,
                interface: null,
                secondPort: null,
              };
            });
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME3(Ipv4).image;
            const second = this.SUBRULE1(this.staticGlobal);
            return { protocol: null, first, firstPort: null, ...second, secondPort: null };
          },
        },
      ]);
    },
  );

  private readonly staticGlobal = this.RULE(
    "staticGlobal",
    (): { second: string | null; interface: string | null } => {
      return this.OR([
        { ALT: () => ({ second: this.CONSUME(Ipv4).image, interface: null }) },
        {
          ALT: () => {
            this.CONSUME(Kw.interface);
            return { second: null, interface: this.CONSUME(AnyWord).image };
          },
        },
      ]);
    },
  );

  private readonly natOption = this.RULE("natOption", (options: NatOptions): void => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Kw.vrf);
          const vrf = this.CONSUME(AnyWord).image;
          this.ACTION(() => {
            options.vrf = vrf;
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.redundancy);
          const rg = this.CONSUME1(AnyWord).image;
          this.ACTION(() => {
            options.redundancy = /^\d+$/.test(rg) ? Number(rg) : rg;
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["mapping-id"]);
          const id = num(this.CONSUME(Num));
          this.ACTION(() => {
            options.mappingId = id;
          });
        },
      },
      ...NAT_FLAGS.map((flag) => ({
        ALT: () => {
          this.CONSUME(Kw[flag]);
          this.ACTION(() => {
            options.flags.push(flag);
          });
        },
      })),
    ]);
  });

  // ── track ─────────────────────────────────────────────────────────────────

  private readonly trackCmd = this.RULE("trackCmd", (): Command => {
    this.CONSUME(Kw.track);
    const id = num(this.CONSUME(Num));
    const target = this.OR<TrackTargetCommand>([
      {
        ALT: () => {
          this.CONSUME(Kw.interface);
          const iface = this.CONSUME(AnyWord).image;
          const condition = this.OR1<"line-protocol" | "ip-routing" | "ipv6-routing">([
            {
              ALT: () => {
                this.CONSUME(Kw["line-protocol"]);
                return "line-protocol";
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.ip);
                this.CONSUME(Kw.routing);
                return "ip-routing";
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.ipv6);
                this.CONSUME1(Kw.routing);
                return "ipv6-routing";
              },
            },
          ]);
          return { kind: "interface", interface: iface, condition };
        },
      },
      {
        ALT: () => {
          this.CONSUME1(Kw.ip);
          this.CONSUME(Kw.sla);
          const sla = num(this.CONSUME1(Num));
          let condition: "reachability" | "state" = "state";
          this.OPTION(() => {
            condition = this.OR2<"reachability" | "state">([
              {
                ALT: () => {
                  this.CONSUME(Kw.reachability);
                  return "reachability";
                },
              },
              {
                ALT: () => {
                  this.CONSUME(Kw.state);
                  return "state";
                },
              },
            ]);
          });
          return { kind: "ip-sla", sla, condition };
        },
      },
      {
        // Any other kind (`ip route …`, `list boolean …`, `stub-object`): kept as text.
        GATE: () => !tokenMatcher(this.LA(1), Kw.interface) && !this.isIpSla(),
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          const words = this.SUBRULE(this.restWords1);
          return this.ACTION(() => ({ kind: "other", text: joinImages(words) }));
        },
      },
    ]);
    return { kind: "track", id, target };
  });

  private isIpSla(): boolean {
    return tokenMatcher(this.LA(1), Kw.ip) && tokenMatcher(this.LA(2), Kw.sla);
  }

  // ── redundancy ────────────────────────────────────────────────────────────

  readonly redundancyCmd = this.RULE("redundancyCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.mode);
          return { kind: "red-mode", mode: lower(this.CONSUME(AnyWord)) };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.application);
          this.CONSUME(Kw.redundancy);
          return { kind: "red-application" };
        },
      },
    ]);
  });

  readonly redAppCmd = this.RULE("redAppCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.group);
          return { kind: "red-group", id: num(this.CONSUME(Num)) };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.protocol);
          return { kind: "red-protocol", id: num(this.CONSUME1(Num)) };
        },
      },
    ]);
  });

  readonly redGroupCmd = this.RULE("redGroupCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.name);
          return { kind: "group-name", name: this.CONSUME(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.preempt);
          return { kind: "group-preempt" };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.priority);
          const priority = num(this.CONSUME(Num));
          let threshold: number | null = null;
          let legacy = false;
          this.OPTION(() => {
            this.OR1([
              {
                ALT: () => {
                  this.CONSUME(Kw.failover);
                  this.CONSUME(Kw.threshold);
                  threshold = num(this.CONSUME1(Num));
                },
              },
              {
                ALT: () => {
                  this.CONSUME(Kw["failover-threshold"]);
                  threshold = num(this.CONSUME2(Num));
                  legacy = true;
                },
              },
            ]);
          });
          return { kind: "group-priority", priority, threshold, legacy };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.track);
          const track = num(this.CONSUME3(Num));
          return this.OR2<Command>([
            {
              ALT: () => {
                this.CONSUME(Kw.decrement);
                const decrement = num(this.CONSUME4(Num));
                return { kind: "group-track", track, action: "decrement", decrement };
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.shutdown);
                return { kind: "group-track", track, action: "shutdown", decrement: null };
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.timers);
          return this.OR3<Command>([
            {
              ALT: () => {
                this.CONSUME(Kw.delay);
                const delay = num(this.CONSUME5(Num));
                let reload: number | null = null;
                this.OPTION1(() => {
                  this.CONSUME(Kw.reload);
                  reload = num(this.CONSUME6(Num));
                });
                return { kind: "group-timers", delay, reload };
              },
            },
            {
              ALT: () => {
                this.CONSUME1(Kw.reload);
                return { kind: "group-timers", delay: null, reload: num(this.CONSUME7(Num)) };
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.control);
          const iface = this.CONSUME1(AnyWord).image;
          this.CONSUME(Kw.protocol);
          return { kind: "group-control", interface: iface, protocol: num(this.CONSUME8(Num)) };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.data);
          return { kind: "group-data", interface: this.CONSUME2(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["asymmetric-routing"]);
          const words = this.SUBRULE(this.restWords1);
          return this.ACTION(() => ({ kind: "group-asymmetric-routing", text: joinImages(words) }));
        },
      },
      {
        ALT: () => {
          this.CONSUME1(Kw.shutdown);
          return { kind: "group-shutdown" };
        },
      },
    ]);
  });

  readonly redProtocolCmd = this.RULE("redProtocolCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.name);
          return { kind: "protocol-name", name: this.CONSUME(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.timers);
          this.CONSUME(Kw.hellotime);
          const helloMsec = this.OPTION(() => this.CONSUME(Kw.msec)) !== undefined;
          const hello = num(this.CONSUME(Num));
          this.CONSUME(Kw.holdtime);
          const holdMsec = this.OPTION1(() => this.CONSUME1(Kw.msec)) !== undefined;
          const hold = num(this.CONSUME1(Num));
          return {
            kind: "protocol-timers",
            helloMs: helloMsec ? hello : hello * 1000,
            holdMs: holdMsec ? hold : hold * 1000,
          };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.authentication);
          return this.OR1<Command>([
            {
              ALT: () => {
                this.CONSUME(Kw.text);
                const words = this.SUBRULE(this.restWords1);
                return this.ACTION(() => ({
                  kind: "protocol-auth-text",
                  secret: this.secretFrom(words, false),
                }));
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.md5);
                return this.OR2<Command>([
                  {
                    ALT: () => {
                      this.CONSUME(Kw["key-string"]);
                      const words = this.SUBRULE1(this.restWords1);
                      return this.ACTION(() => ({
                        kind: "protocol-auth-md5-key-string",
                        secret: this.secretFrom(words, true),
                      }));
                    },
                  },
                  {
                    ALT: () => {
                      this.CONSUME(Kw["key-chain"]);
                      return { kind: "protocol-auth-md5-key-chain", keyChain: this.CONSUME1(AnyWord).image };
                    },
                  },
                ]);
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.bfd);
          return { kind: "protocol-bfd", enabled: true };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.no);
          this.CONSUME1(Kw.bfd);
          return { kind: "protocol-bfd", enabled: false };
        },
      },
    ]);
  });

  // ── interface ─────────────────────────────────────────────────────────────

  readonly interfaceCmd = this.RULE("interfaceCmd", (): Command => {
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.description);
          const words = this.SUBRULE(this.restWords);
          return this.ACTION(() => ({
            kind: "if-description",
            text: words.length === 0 ? "" : this.lineText.slice(words[0]!.startOffset),
          }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.ip);
          return this.OR1<Command>([
            {
              ALT: () => {
                this.CONSUME(Kw.address);
                return this.OR4<Command>([
                  {
                    ALT: () => {
                      const address = this.CONSUME(Ipv4).image;
                      const mask = this.CONSUME1(Ipv4).image;
                      const secondary = this.OPTION(() => this.CONSUME(Kw.secondary)) !== undefined;
                      return { kind: "if-ip-address", address, mask, secondary };
                    },
                  },
                  {
                    // `ip address dhcp [client-id …]`, `ip address negotiated`: assigned at run time.
                    ALT: () => {
                      const method = this.OR5<"dhcp" | "negotiated">([
                        {
                          ALT: () => {
                            this.CONSUME(Kw.dhcp);
                            return "dhcp";
                          },
                        },
                        {
                          ALT: () => {
                            this.CONSUME(Kw.negotiated);
                            return "negotiated";
                          },
                        },
                      ]);
                      this.SUBRULE2(this.restWords);
                      return { kind: "if-ip-address-dynamic", method };
                    },
                  },
                  {
                    ALT: () => {
                      this.CONSUME(Kw.pool);
                      this.CONSUME4(AnyWord);
                      return { kind: "if-ip-address-dynamic", method: "pool" };
                    },
                  },
                ]);
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.unnumbered);
                return { kind: "if-ip-unnumbered", interface: this.CONSUME5(AnyWord).image };
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.nat);
                const role = this.OR2<"inside" | "outside">([
                  {
                    ALT: () => {
                      this.CONSUME(Kw.inside);
                      return "inside";
                    },
                  },
                  {
                    ALT: () => {
                      this.CONSUME(Kw.outside);
                      return "outside";
                    },
                  },
                ]);
                return { kind: "if-nat-role", role };
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.vrf);
                this.CONSUME(Kw.forwarding);
                return { kind: "if-vrf", vrf: this.CONSUME(AnyWord).image };
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.no);
          return this.OR3<Command>([
            {
              ALT: () => {
                this.CONSUME1(Kw.ip);
                this.CONSUME1(Kw.address);
                return { kind: "if-no-ip-address" };
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.shutdown);
                return { kind: "if-shutdown", shutdown: false };
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.ipv6);
          this.CONSUME2(Kw.address);
          const prefix = this.CONSUME(Ipv6).image;
          const rest = this.SUBRULE1(this.restWords);
          return this.ACTION((): Command => {
            const slash = prefix.indexOf("/");
            const address = (slash === -1 ? prefix : prefix.slice(0, slash)).toLowerCase();
            const prefixLength = slash === -1 ? null : Number(prefix.slice(slash + 1));
            const words = rest.map(lower);
            const qualifier = words.length === 1 && IPV6_QUALIFIERS.has(words[0]!) ? words[0]! : null;
            const extra = words.length > 0 && qualifier === null ? joinImages(rest) : null;
            return { kind: "if-ipv6-address", address, prefixLength, extra, qualifier };
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME1(Kw.vrf);
          this.CONSUME1(Kw.forwarding);
          return { kind: "if-vrf", vrf: this.CONSUME1(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME1(Kw.shutdown);
          return { kind: "if-shutdown", shutdown: true };
        },
      },
      { ALT: () => this.SUBRULE(this.interfaceRedundancy) },
      {
        ALT: () => {
          this.CONSUME(Kw["zone-member"]);
          this.CONSUME(Kw.security);
          return { kind: "if-zone", zone: this.CONSUME2(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.bfd);
          this.CONSUME(Kw.interval);
          const interval = num(this.CONSUME(Num));
          this.CONSUME(Kw.min_rx);
          const minRx = num(this.CONSUME1(Num));
          this.CONSUME(Kw.multiplier);
          const multiplier = num(this.CONSUME2(Num));
          return { kind: "if-bfd", interval, minRx, multiplier };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["channel-group"]);
          const group = num(this.CONSUME3(Num));
          let mode: string | null = null;
          this.OPTION1(() => {
            this.CONSUME(Kw.mode);
            mode = lower(this.CONSUME3(AnyWord));
          });
          return { kind: "if-channel-group", group, mode };
        },
      },
    ]);
  });

  private readonly interfaceRedundancy = this.RULE("interfaceRedundancy", (): Command => {
    this.CONSUME(Kw.redundancy);
    return this.OR<Command>([
      {
        ALT: () => {
          this.CONSUME(Kw.rii);
          const id = num(this.CONSUME(Num));
          let decrement: number | null = null;
          this.OPTION(() => {
            this.CONSUME(Kw.decrement);
            decrement = num(this.CONSUME1(Num));
          });
          return { kind: "if-rii", id, decrement };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.group);
          const group = num(this.CONSUME2(Num));
          return this.OR1<Command>([
            {
              ALT: () => {
                this.CONSUME(Kw.ip);
                const vip = this.CONSUME(Ipv4).image;
                const tail = this.SUBRULE(this.vipTail);
                return { kind: "if-group", group, family: "ipv4", vip, ...tail };
              },
            },
            {
              ALT: () => {
                this.CONSUME(Kw.ipv6);
                const vip = this.CONSUME(Ipv6).image.toLowerCase();
                const tail = this.SUBRULE1(this.vipTail);
                return { kind: "if-group", group, family: "ipv6", vip, ...tail };
              },
            },
            {
              ALT: () => {
                this.CONSUME1(Kw.decrement);
                const decrement = num(this.CONSUME3(Num));
                return {
                  kind: "if-group",
                  group,
                  family: "decrement-only",
                  vip: null,
                  exclusive: false,
                  decrement,
                };
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["asymmetric-routing"]);
          const words = this.SUBRULE(this.restWords1);
          return this.ACTION(() => ({ kind: "if-asymmetric-routing", text: joinImages(words) }));
        },
      },
    ]);
  });

  private readonly vipTail = this.RULE("vipTail", (): { exclusive: boolean; decrement: number | null } => {
    const exclusive = this.OPTION(() => this.CONSUME(Kw.exclusive)) !== undefined;
    let decrement: number | null = null;
    this.OPTION1(() => {
      this.CONSUME(Kw.decrement);
      decrement = num(this.CONSUME(Num));
    });
    return { exclusive, decrement };
  });

  // ── other blocks ──────────────────────────────────────────────────────────

  readonly aclEntry = this.RULE("aclEntry", (): Command => {
    let sequence: number | null = null;
    this.OPTION(() => {
      sequence = num(this.CONSUME(Num));
    });
    const words = this.OR<IToken[]>([
      {
        ALT: () => {
          const action = this.OR1([
            { ALT: () => this.CONSUME(Kw.permit) },
            { ALT: () => this.CONSUME(Kw.deny) },
          ]);
          const rest = this.SUBRULE(this.restWords1);
          return this.ACTION(() => [action, ...rest]);
        },
      },
      {
        ALT: () => {
          const remark = this.CONSUME(Kw.remark);
          const rest = this.SUBRULE(this.restWords);
          return this.ACTION(() => [remark, ...rest]);
        },
      },
    ]);
    return this.ACTION(() => ({ kind: "acl-entry", sequence, words: words.map((t) => t.image) }));
  });

  readonly ipSlaCmd = this.RULE("ipSlaCmd", (): Command => {
    const op = this.OR(IP_SLA_OPERATIONS.map((word) => ({ ALT: () => this.CONSUME(Kw[word]) })));
    const rest = this.SUBRULE(this.restWords);
    return this.ACTION(() => ({ kind: "ip-sla-operation", text: joinImages([op, ...rest]) }));
  });

  readonly zonePairCmd = this.RULE("zonePairCmd", (): Command => {
    this.CONSUME(Kw["service-policy"]);
    this.CONSUME(Kw.type);
    this.CONSUME(Kw.inspect);
    return { kind: "zone-pair-service-policy", policy: this.CONSUME(AnyWord).image };
  });

  readonly inspectGlobalCmd = this.RULE("inspectGlobalCmd", (): Command => {
    this.CONSUME(Kw.redundancy);
    return { kind: "inspect-global-redundancy" };
  });

  readonly voiceServiceCmd = this.RULE("voiceServiceCmd", (): Command => {
    this.CONSUME(Kw["redundancy-group"]);
    return { kind: "voice-redundancy-group", group: num(this.CONSUME(Num)) };
  });

  readonly keyChainCmd = this.RULE("keyChainCmd", (): Command => {
    this.CONSUME(Kw.key);
    return { kind: "key", id: num(this.CONSUME(Num)) };
  });

  readonly keyCmd = this.RULE("keyCmd", (): Command => {
    this.CONSUME(Kw["key-string"]);
    const words = this.SUBRULE(this.restWords1);
    return this.ACTION(() => ({ kind: "key-string", secret: this.secretFrom(words, true) }));
  });
}

const IPV6_QUALIFIERS = new Set(["link-local", "eui-64", "anycast"]);

/** `255.255.255.0` → `/24`, `/24` → `/24`; anything else is kept as written after a slash. */
function maskToSuffix(mask: string): string {
  if (mask.startsWith("/")) return mask;
  const octets = mask.split(".");
  if (octets.length === 4) {
    let bits = 0;
    let contiguous = true;
    let seenZero = false;
    for (const o of octets) {
      const v = Number(o);
      if (!Number.isInteger(v) || v < 0 || v > 255) return `/${mask}`;
      for (let b = 7; b >= 0; b--) {
        if ((v >> b) & 1) {
          if (seenZero) contiguous = false;
          bits++;
        } else seenZero = true;
      }
    }
    if (contiguous) return `/${bits}`;
  }
  return `/${mask}`;
}

export type RuleName =
  | "globalCmd"
  | "redundancyCmd"
  | "redAppCmd"
  | "redGroupCmd"
  | "redProtocolCmd"
  | "interfaceCmd"
  | "aclEntry"
  | "ipSlaCmd"
  | "zonePairCmd"
  | "inspectGlobalCmd"
  | "voiceServiceCmd"
  | "keyChainCmd"
  | "keyCmd";

export interface ParseOutcome {
  readonly command: Command | null;
  /** Where the grammar stopped understanding the line (offset in the text); null at end of line. */
  readonly failedAt: { readonly offset: number; readonly word: string } | null;
}
