// The same fourteen criteria as a Spectral ruleset, for bench/spectral.mjs: each Spectral
// rule runs the criterion's own evaluate() on the document and reports anything below a pass.
// The rules are bundled to rules.mjs by the benchmark before Spectral loads this file.
import { createRulesetFunction } from "@stoplight/spectral-core";
import { rules } from "./rules.mjs";

export default {
  rules: Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      {
        description: rule.meta.title,
        given: "$",
        severity: "warn",
        // biome-ignore lint/suspicious/noThenProperty: Spectral's ruleset format names it so
        then: {
          function: createRulesetFunction({ input: null, options: null }, (input) => {
            if (!input || typeof input !== "object" || !Array.isArray(input.guarantors))
              return [{ message: "not a proposal" }];
            const e = rule.evaluate(input);
            return e.score < 1 ? [{ message: e.message, path: [...e.path] }] : [];
          }),
        },
      },
    ]),
  ),
};
