import rule from "../../src/rules/backstop.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "a named power bound to defend, with air power, ISR and nuclear cover", proposal: { backstop: { provider: "United States", obligation: "defend", capabilities: ["air-power", "isr", "nuclear", "air-defense", "intelligence"] } }, score: 1, path: ["backstop"] }],
  partial: [
    // 0.4 × assist 0.65 + 0.6 × (air-power 0.3 + isr 0.2)
    { name: "US air power and ISR, bound to assist", proposal: { backstop: { provider: "United States", obligation: "assist", capabilities: ["air-power", "isr"] } }, score: 0.56, message: ["provider United States", "capabilities air-power, isr"] },
    { name: "no provider named halves it", proposal: { backstop: { obligation: "assist", capabilities: ["air-power", "isr"] } }, score: 0.28, path: ["backstop", "provider"], message: ["provider not stated"] },
  ],
  fail: [
    { name: "no backstop", proposal: {}, score: 0, message: ["backstop not stated"] },
    { name: "a provider with nothing promised", proposal: { backstop: { provider: "United States", obligation: "none" } }, score: 0 },
  ],
});
