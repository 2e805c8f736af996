/**
 * The command grammar: one chevrotain rule per configuration mode rglint understands. The parser
 * sees one line at a time (`parseWith`) and either returns the command's values or fails; it
 * never recovers or guesses. Semantics (defaults, units, replacement order) belong to the model.
 */
import { EmbeddedActionsParser, type IOrAlt, type IToken, tokenMatcher } from "chevrotain";
import type { Command, ParsedNatRule, RawSecret, TrackTargetCommand } from "./commands.js";
import { ALL_TOKENS, AnyWord, Ipv4, Ipv6, type KeywordWord, Kw, Num } from "./tokens.js";

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

type StaticSpec = Pick<NatMatch, "first" | "second" | "protocol" | "firstPort" | "secondPort" | "interface">;

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
  /** The options of the `ip nat … source` rule being parsed (natOption fills them in). */
  private natOptions: NatOptions = { vrf: null, redundancy: null, mappingId: null, flags: [] };
  private natOptionAlts: IOrAlt<void>[] | undefined;

  // The alternatives of the ORs on the hot paths (NAT rules, ACL entries, interface lines), built
  // on first use and kept, as chevrotain's performance guide advises: building them on every
  // call costs an object and a closure per alternative per line.
  private globalAlts: IOrAlt<Command>[] | undefined;
  private ipGlobalAlts: IOrAlt<Command>[] | undefined;
  private aclKindAlts: IOrAlt<"standard" | "extended">[] | undefined;
  private numberedAclActionAlts: IOrAlt<IToken>[] | undefined;
  private natAlts: IOrAlt<Command>[] | undefined;
  private natDirectionAlts: IOrAlt<"inside" | "outside">[] | undefined;
  private natTargetKindAlts: IOrAlt<"source" | "destination">[] | undefined;
  private natMatchAlts: IOrAlt<NatMatch>[] | undefined;
  private natTargetAlts: IOrAlt<{ pool: string | null; interface: string | null }>[] | undefined;
  private staticSpecAlts: IOrAlt<StaticSpec>[] | undefined;
  private staticProtocolAlts: IOrAlt<"tcp" | "udp">[] | undefined;
  private staticGlobalAlts: IOrAlt<{ second: string | null; interface: string | null }>[] | undefined;
  private interfaceAlts: IOrAlt<Command>[] | undefined;
  private interfaceIpAlts: IOrAlt<Command>[] | undefined;
  private interfaceAddressAlts: IOrAlt<Command>[] | undefined;
  private interfaceNatRoleAlts: IOrAlt<"inside" | "outside">[] | undefined;
  private interfaceNoAlts: IOrAlt<Command>[] | undefined;
  private interfaceRedundancyAlts: IOrAlt<Command>[] | undefined;
  private aclEntryAlts: IOrAlt<string[]>[] | undefined;
  private aclActionAlts: IOrAlt<IToken>[] | undefined;

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

  /** `standard | extended`: alternatives that each take one keyword and give its word. */
  private keywordAlts<W extends KeywordWord>(...words: W[]): IOrAlt<W>[] {
    return words.map((word) => ({
      ALT: () => {
        this.CONSUME(Kw[word]);
        return word;
      },
    }));
  }

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

  /** `firstImage` and the images of the rest of the line (restImages1: at least one more). */
  private readonly restImages = this.RULE("restImages", (): string[] => {
    this.startImages();
    this.MANY(this.pushImage);
    return this.finishImages();
  });

  private readonly restImages1 = this.RULE("restImages1", (): string[] => {
    this.startImages();
    this.AT_LEAST_ONE(this.pushImage);
    return this.finishImages();
  });

  private firstImage = "";
  private images: string[] = [];
  private imageCount = 0;

  private startImages(): void {
    // Sized for the rest of the line (the parser appends a few end-of-input sentinels to it).
    this.images = new Array(this.input.length);
    this.images[0] = this.firstImage;
    this.imageCount = 1;
  }

  private readonly pushImage = (): void => {
    this.images[this.imageCount++] = this.CONSUME(AnyWord).image;
  };

  private finishImages(): string[] {
    const images = this.images;
    images.length = this.imageCount;
    return images;
  }

  // ── global ────────────────────────────────────────────────────────────────

  readonly globalCmd = this.RULE("globalCmd", (): Command => {
    this.globalAlts ??= [
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
          return this.ACTION(() => ({
            kind: "nat-service-disabled",
            text: joinImages(words).toLowerCase(),
          }));
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
    ];
    return this.OR<Command>(this.globalAlts);
  });

  private readonly ipGlobal = this.RULE("ipGlobal", (): Command => {
    this.CONSUME(Kw.ip);
    this.ipGlobalAlts ??= [
      {
        ALT: () => {
          this.CONSUME(Kw.nat);
          return this.SUBRULE(this.natCmd);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["access-list"]);
          this.aclKindAlts ??= this.keywordAlts("standard", "extended");
          const aclKind = this.OR1<"standard" | "extended">(this.aclKindAlts);
          return { kind: "acl", aclKind, name: this.CONSUME(AnyWord).image };
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.sla);
          return { kind: "ip-sla", id: num(this.CONSUME(Num)) };
        },
      },
    ];
    return this.OR<Command>(this.ipGlobalAlts);
  });

  private readonly numberedAcl = this.RULE("numberedAcl", (): Command => {
    this.CONSUME(Kw["access-list"]);
    const name = this.CONSUME(AnyWord).image;
    this.numberedAclActionAlts ??= [
      { ALT: () => this.CONSUME(Kw.permit) },
      { ALT: () => this.CONSUME(Kw.deny) },
      { ALT: () => this.CONSUME(Kw.remark) },
    ];
    const action = this.OR(this.numberedAclActionAlts);
    const rest = this.SUBRULE(this.restWords);
    return this.ACTION(() => ({
      kind: "acl-numbered",
      name,
      entry: [action.image, ...rest.map((t) => t.image)],
    }));
  });

  // ── NAT ───────────────────────────────────────────────────────────────────

  private readonly natCmd = this.RULE("natCmd", (): Command => {
    this.natAlts ??= [
      {
        ALT: () => {
          this.natDirectionAlts ??= this.keywordAlts("inside", "outside");
          const direction = this.OR1<"inside" | "outside">(this.natDirectionAlts);
          this.natTargetKindAlts ??= this.keywordAlts("source", "destination");
          const target = this.OR2<"source" | "destination">(this.natTargetKindAlts);
          const spec = this.SUBRULE(this.natMatch);
          const options: NatOptions = { vrf: null, redundancy: null, mappingId: null, flags: [] };
          this.natOptions = options;
          this.MANY(this.natOptionLoop);
          return this.ACTION((): Command => {
            // Written out rather than spread: object spread is slow, and there is a rule per line.
            const rule: ParsedNatRule = {
              direction,
              target,
              match: spec.match,
              pool: spec.pool,
              interface: spec.interface,
              first: spec.first,
              second: spec.second,
              protocol: spec.protocol,
              firstPort: spec.firstPort,
              secondPort: spec.secondPort,
              kind: spec.kind,
              vrf: options.vrf,
              redundancy: options.redundancy,
              mappingId: options.mappingId,
              flags: options.flags,
            };
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
    ];
    return this.OR<Command>(this.natAlts);
  });

  private readonly natMatch = this.RULE("natMatch", (): NatMatch => {
    this.natMatchAlts ??= [
      {
        ALT: () => {
          this.CONSUME(Kw.list);
          const match = this.CONSUME(AnyWord).image;
          const target = this.SUBRULE(this.natTarget);
          return dynamicMatch("list", match, target);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["route-map"]);
          const match = this.CONSUME1(AnyWord).image;
          const target = this.SUBRULE1(this.natTarget);
          return dynamicMatch("route-map", match, target);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.static);
          const spec = this.SUBRULE(this.staticSpec);
          return {
            match: null,
            pool: null,
            interface: spec.interface,
            first: spec.first,
            second: spec.second,
            protocol: spec.protocol,
            firstPort: spec.firstPort,
            secondPort: spec.secondPort,
            kind: "static",
          };
        },
      },
    ];
    return this.OR<NatMatch>(this.natMatchAlts);
  });

  private readonly natTarget = this.RULE(
    "natTarget",
    (): { pool: string | null; interface: string | null } => {
      this.natTargetAlts ??= [
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
      ];
      return this.OR(this.natTargetAlts);
    },
  );

  private readonly staticSpec = this.RULE("staticSpec", (): StaticSpec => {
    this.staticSpecAlts ??= [
      {
        ALT: () => {
          this.staticProtocolAlts ??= this.keywordAlts("tcp", "udp");
          const protocol = this.OR1<"tcp" | "udp">(this.staticProtocolAlts);
          const first = this.CONSUME(Ipv4).image;
          const firstPort = num(this.CONSUME(Num));
          const global = this.SUBRULE(this.staticGlobal);
          const secondPort = num(this.CONSUME1(Num));
          return {
            protocol,
            first,
            firstPort,
            second: global.second,
            interface: global.interface,
            secondPort,
          };
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
          const global = this.SUBRULE1(this.staticGlobal);
          return {
            protocol: null,
            first,
            firstPort: null,
            second: global.second,
            interface: global.interface,
            secondPort: null,
          };
        },
      },
    ];
    return this.OR(this.staticSpecAlts);
  });

  private readonly staticGlobal = this.RULE(
    "staticGlobal",
    (): { second: string | null; interface: string | null } => {
      this.staticGlobalAlts ??= [
        { ALT: () => ({ second: this.CONSUME(Ipv4).image, interface: null }) },
        {
          ALT: () => {
            this.CONSUME(Kw.interface);
            return { second: null, interface: this.CONSUME(AnyWord).image };
          },
        },
      ];
      return this.OR(this.staticGlobalAlts);
    },
  );

  private readonly natOption = this.RULE("natOption", (): void => {
    this.natOptionAlts ??= [
      {
        ALT: () => {
          this.CONSUME(Kw.vrf);
          const vrf = this.CONSUME(AnyWord).image;
          this.ACTION(() => {
            this.natOptions.vrf = vrf;
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.redundancy);
          const rg = this.CONSUME1(AnyWord).image;
          this.ACTION(() => {
            this.natOptions.redundancy = /^\d+$/.test(rg) ? Number(rg) : rg;
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw["mapping-id"]);
          const id = num(this.CONSUME(Num));
          this.ACTION(() => {
            this.natOptions.mappingId = id;
          });
        },
      },
      ...NAT_FLAGS.map((flag) => ({
        ALT: () => {
          this.CONSUME(Kw[flag]);
          this.ACTION(() => {
            this.natOptions.flags.push(flag);
          });
        },
      })),
    ];
    this.OR(this.natOptionAlts);
  });

  private readonly natOptionLoop = (): void => {
    this.SUBRULE(this.natOption);
  };

  // ── track ─────────────────────────────────────────────────────────────────

  private readonly trackCmd = this.RULE("trackCmd", (): Command => {
    this.CONSUME(Kw.track);
    const id = num(this.CONSUME(Num));
    // One token of lookahead, and a gate for `ip sla`: with two, chevrotain's analysis of the last
    // alternative (any two words) cost about 13 ms of every start-up, as much as the rest of the
    // grammar's lookahead together (chevrotain's MAX_LOOKAHEAD is meant for this).
    const target = this.OR<TrackTargetCommand>({
      MAX_LOOKAHEAD: 1,
      DEF: [
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
          GATE: () => this.isIpSla(),
          ALT: () => {
            this.CONSUME1(Kw.ip);
            this.CONSUME(Kw.sla);
            const sla = num(this.CONSUME1(Num));
            let condition: "reachability" | "state" = "state";
            this.OPTION(() => {
              condition = this.OR2<"reachability" | "state">(this.keywordAlts("reachability", "state"));
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
      ],
    });
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
    this.interfaceAlts ??= [
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
          this.interfaceIpAlts ??= [
            {
              ALT: () => {
                this.CONSUME(Kw.address);
                this.interfaceAddressAlts ??= [
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
                      const method = this.OR5<"dhcp" | "negotiated">(this.keywordAlts("dhcp", "negotiated"));
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
                ];
                return this.OR4<Command>(this.interfaceAddressAlts);
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
                this.interfaceNatRoleAlts ??= this.keywordAlts("inside", "outside");
                const role = this.OR2<"inside" | "outside">(this.interfaceNatRoleAlts);
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
          ];
          return this.OR1<Command>(this.interfaceIpAlts);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.no);
          this.interfaceNoAlts ??= [
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
          ];
          return this.OR3<Command>(this.interfaceNoAlts);
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
    ];
    return this.OR<Command>(this.interfaceAlts);
  });

  private readonly interfaceRedundancy = this.RULE("interfaceRedundancy", (): Command => {
    this.CONSUME(Kw.redundancy);
    this.interfaceRedundancyAlts ??= [
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
    ];
    return this.OR<Command>(this.interfaceRedundancyAlts);
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
    const sequenceToken = this.OPTION(this.consumeNum);
    // The entry's words are collected as images straight away (one array per entry): an ACL
    // entry is the commonest line of a large configuration.
    this.aclEntryAlts ??= [
      {
        ALT: () => {
          this.aclActionAlts ??= [
            { ALT: () => this.CONSUME(Kw.permit) },
            { ALT: () => this.CONSUME(Kw.deny) },
          ];
          const action = this.OR1(this.aclActionAlts);
          this.firstImage = action.image;
          return this.SUBRULE(this.restImages1);
        },
      },
      {
        ALT: () => {
          this.firstImage = this.CONSUME(Kw.remark).image;
          return this.SUBRULE(this.restImages);
        },
      },
    ];
    const words = this.OR<string[]>(this.aclEntryAlts);
    return {
      kind: "acl-entry",
      sequence: sequenceToken === undefined ? null : num(sequenceToken),
      words,
    };
  });

  private readonly consumeNum = (): IToken => this.CONSUME(Num);

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

/** The NatMatch of `list …` / `route-map …` (keys in the order the parser has always given). */
function dynamicMatch(
  kind: "list" | "route-map",
  match: string,
  target: { readonly pool: string | null; readonly interface: string | null },
): NatMatch {
  return {
    match,
    pool: target.pool,
    interface: target.interface,
    first: null,
    second: null,
    protocol: null,
    firstPort: null,
    secondPort: null,
    kind,
  };
}

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
