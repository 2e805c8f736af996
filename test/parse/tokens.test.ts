import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createLineLexer,
  tokenizeLine,
  tokenizeLineShared,
  tokenTypeOfWord,
} from "../../src/parse/grammar/tokens.js";

/** The run-time tokenizer must give exactly the tokens of the chevrotain lexer it stands in for. */
const lexer = createLineLexer();

function viaChevrotain(text: string): string[] | null {
  const lexed = lexer.tokenize(text);
  if (lexed.errors.length > 0) return null;
  return lexed.tokens.map((t) => `${t.tokenType.name}:${t.image}@${t.startOffset}`);
}

function viaTokenizer(tokens: ReturnType<typeof tokenizeLine>): string[] | null {
  return tokens === null ? null : tokens.map((t) => `${t.tokenType.name}:${t.image}@${t.startOffset}`);
}

const words = [
  "ip",
  "IP",
  "ipv6",
  "nat",
  "Nat",
  "inside",
  "source",
  "static",
  "redundancy",
  "redundancy-group",
  "mapping-id",
  "key",
  "key-string",
  "key-chain",
  "access-list",
  "permit",
  "PERMIT",
  "deny",
  "remark",
  "track",
  "tracking",
  "msec",
  "10",
  "007",
  "10.0.0.1",
  "10.0.0.1/24",
  "1.2.3",
  "1.2.3.4.5",
  "255.255.255.0",
  "1234.1.1.1",
  "12abc",
  "2001:db8::1/64",
  "fe80::1",
  "::/0",
  "abcd:",
  "12345:",
  "1::/1234",
  "dead:beef",
  "Gi0/0/1",
  "éip",
  "ip\u00e9",
  "\u212Aey",
  "İp",
  "ŝ",
  "^C",
  "#",
  "%",
  "\u0000",
  "\u0007",
];
const blanks = [" ", "  ", "\t", "\r", "\v", "\f", "\n"];
const line = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...blanks), fc.string({ maxLength: 4 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

describe("run-time tokenizer", () => {
  it("gives the chevrotain lexer's tokens (type, image, offset), or null where it reports an error", () => {
    fc.assert(
      fc.property(line, (text) => {
        const expected = viaChevrotain(text);
        expect(viaTokenizer(tokenizeLine(text))).toEqual(expected);
        expect(viaTokenizer(tokenizeLineShared(text))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("types every keyword in any case, and a keyword with a non-ASCII letter as a word", () => {
    for (const word of words) {
      if (/[\s]/.test(word) || word === "") continue;
      const lexed = lexer.tokenize(word);
      expect(lexed.tokens).toHaveLength(1);
      expect(tokenTypeOfWord(word).name).toBe(lexed.tokens[0]!.tokenType.name);
    }
  });
});
