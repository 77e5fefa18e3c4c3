import rule from "../../src/rules/burden-sharing.js";
import { testRule } from "./tester.js";

const gs = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Partner ${i}` }));
const troops = (...nations: string[]) => nations.map((nation) => ({ nation, count: 1000 }));

testRule(rule, {
  pass: [{ name: "five partners, troops from two nations", proposal: { guarantors: gs(5), troops: troops("UK", "France") }, score: 1, path: ["guarantors"] }],
  partial: [
    // 0.7 × (1 → 0.2) + 0.15 for one troop-contributing nation
    { name: "one state's promise and its own troops", proposal: { guarantors: gs(1), troops: troops("UK") }, score: 0.29, message: ["1 guarantor besides the adversary", "troops from 1 nation"] },
    // the adversary does not share the burden: 0.7 × (2 → 0.5)
    { name: "two partners and the adversary", proposal: { adversary: "Russia", guarantors: [...gs(2), { name: "Russia", stance: "adversary" }] }, score: 0.35 },
  ],
  fail: [{ name: "only the adversary guarantees", proposal: { adversary: "Russia", guarantors: [{ name: "Russia", stance: "adversary" }] }, score: 0, message: ["0 guarantors besides the adversary", "troops from no nations"] }],
});
