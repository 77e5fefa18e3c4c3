import type { Troop } from "../../schema/proposal.js";
import { NOT_STATED } from "../scale.js";
import { fmt, plural } from "../../util/number.js";
import { RUTLAND } from "../sources.js";
import { defineItem } from "../kernel.js";
import { OMAHONY_2018 } from "../studies.js";

// The 32 members of NATO (2024), with the short forms and adjectives a contingent's
// `nation` is commonly written with. Abbreviations match in capitals only ("US", not "us").
const MEMBERS: readonly (readonly [string, ...string[]])[] = [
  ["Albania", "Albanian"],
  ["Belgium", "Belgian"],
  ["Bulgaria", "Bulgarian"],
  ["Canada", "Canadian"],
  ["Croatia", "Croatian"],
  ["Czechia", "Czech Republic", "Czech"],
  ["Denmark", "Danish"],
  ["Estonia", "Estonian"],
  ["Finland", "Finnish"],
  ["France", "French"],
  ["Germany", "German"],
  ["Greece", "Greek"],
  ["Hungary", "Hungarian"],
  ["Iceland", "Icelandic"],
  ["Italy", "Italian"],
  ["Latvia", "Latvian"],
  ["Lithuania", "Lithuanian"],
  ["Luxembourg"],
  ["Montenegro", "Montenegrin"],
  ["Netherlands", "Holland", "Dutch"],
  ["North Macedonia"],
  ["Norway", "Norwegian"],
  ["Poland", "Polish"],
  ["Portugal", "Portuguese"],
  ["Romania", "Romanian"],
  ["Slovakia", "Slovak"],
  ["Slovenia", "Slovenian"],
  ["Spain", "Spanish"],
  ["Sweden", "Swedish"],
  ["Türkiye", "Turkiye", "Turkey", "Turkish"],
  ["United Kingdom", "Britain", "British"],
  ["United States", "America", "American"],
  ["NATO"],
];
const ABBREVIATIONS = /(^|[^A-Za-z])(UK|U\.K\.|US|U\.S\.|USA|U\.S\.A\.)(?![A-Za-z])/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME_LIST = MEMBERS.flat().map(escapeRegExp).join("|");
const NAMES = new RegExp(`(^|[^\\p{L}])(${NAME_LIST})(?![\\p{L}])`, "iu");
// Words that contain a member's name but exclude it: "non-NATO", "Latin American", "South America".
const NOT_MEMBERS = /non[-\s]?NATO|(?:Latin|South|Central)[-\s]+America(?:n|s)?(?![\p{L}])/giu;

// The same two for ASCII text, nearly every nation written: there a letter (\p{L}) is A-Z or
// a-z and case-folding is the same without the u flag. Compiling the Unicode case-insensitive
// pattern took 3-5 ms on its first use, more than loading and scoring the file.
const ASCII = /^[\x00-\x7f]*$/;
const NOT_MEMBERS_ASCII = /non[-\s]?NATO|(?:Latin|South|Central)[-\s]+America(?:n|s)?(?![A-Za-z])/gi;
// What `(^|[^A-Za-z])(NAME_LIST)(?![A-Za-z])` with the i flag finds in ASCII text, without the
// pattern: the leftmost position not inside a word, at it the first name in list order, as
// written in the text. The case-insensitive alternation of 80 names took 4-7 ms on its first
// use, and about 1 ms for each new nation after it. Names with other letters (Türkiye) cannot
// occur in ASCII text.
const NAMES_LOWER = MEMBERS.flat()
  .filter((n) => ASCII.test(n))
  .map((n) => n.toLowerCase());
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function nameInAscii(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
    for (const name of NAMES_LOWER) {
      const end = at + name.length;
      if (lower.startsWith(name, at) && (end >= text.length || !isLetter(text.charCodeAt(end))))
        return text.slice(at, end);
    }
  }
  return undefined;
}

/** natoMember with the Unicode patterns whatever the text: the reference the ASCII ones are tested against. */
export function natoMemberUnicode(nation: string): string | undefined {
  const text = nation.replace(NOT_MEMBERS, " ");
  return NAMES.exec(text)?.[2] ?? ABBREVIATIONS.exec(text)?.[2];
}

/** The NATO member a contingent's nation names, if any ("European force (UK- and France-led)" → UK). */
export function natoMember(nation: string): string | undefined {
  if (!seen.has(nation)) {
    if (seen.size > 1000) seen.clear();
    if (!ASCII.test(nation)) seen.set(nation, natoMemberUnicode(nation));
    else {
      const text = nation.replace(NOT_MEMBERS_ASCII, " ");
      seen.set(nation, nameInAscii(text) ?? ABBREVIATIONS.exec(text)?.[2]);
    }
  }
  return seen.get(nation);
}
// The same nations come back for every file of a folder and every suggestion of a file.
const seen = new Map<string, string | undefined>();

const present = (t: Troop) => t.count === undefined || t.count > 0;

export default defineItem({
  meta: {
    id: "nato-troops",
    title: "Troops of NATO member countries in the beneficiary",
    weight: 35,
    sources: [RUTLAND],
    rationale:
      "Rutland reports that Russia has said again and again that any military presence of NATO member countries in Ukraine, peacekeepers included, is unacceptable, and that nothing suggests it would drop that position in a peace deal.",
    scoring:
      "1 when troops lists a contingent (with a count above zero, or no count) whose nation names a NATO member (the 32 members, their common short forms and adjectives, or NATO itself); otherwise 0. The stated position is against any presence, so size and role do not grade it. A proposal silent on troops contains no troops the adversary has rejected, and contributes nothing here.",
    research: [
      {
        stance: "qualifies",
        finding:
          "A large US troop presence in a country went with adversaries starting more serious militarized disputes short of war, while nearby US troops went with less interstate war: foreign troops both provoke and deter.",
        citation: OMAHONY_2018,
      },
    ],
    disagreement:
      "Rutland reports that Russia rejects any NATO troops in Ukraine; RAND's data show foreign troops drawing more challenges short of war yet less war, which fits both sides of the paradox.",
  },
  evaluate(p) {
    const troops = p.troops ?? [];
    if (!troops.length)
      return {
        share: 0,
        message: `troops ${NOT_STATED}: no NATO-country forces in ${p.beneficiary}`,
        path: ["troops"],
      };
    const nato = troops
      .map((t, i) => [t, i, natoMember(t.nation)] as const)
      .filter(([t, , m]) => m !== undefined && present(t));
    if (!nato.length)
      return {
        share: 0,
        message: `${plural(troops.length, "contingent")}, none recognised as a NATO member's forces`,
        path: ["troops"],
      };
    const listed = nato.map(
      ([t]) =>
        `${t.nation} ${t.count === undefined ? `count ${NOT_STATED}` : fmt(t.count)}${t.role ? ` ${t.role}` : ""}`,
    );
    const shown = listed.length > 3 ? [...listed.slice(0, 3), `${listed.length - 3} more`] : listed;
    return {
      share: 1,
      message: `NATO members' forces in ${p.beneficiary}: ${shown.join("; ")}`,
      path: ["troops", nato[0]![1]],
    };
  },
});
