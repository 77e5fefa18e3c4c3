// The registry: every criterion, sorted by id. Explicit rather than globbed, so a
// rule that is not listed here does not exist (test/model/rules/catalogue.test.ts keeps it in step).
import type { Rule } from "../kernel.js";
import alignedGuarantors from "./aligned-guarantors.js";
import backstop from "./backstop.js";
import bootsOnTheGround from "./boots-on-the-ground.js";
import boundIndividually from "./bound-individually.js";
import burdenSharing from "./burden-sharing.js";
import capableGuarantors from "./capable-guarantors.js";
import clearTriggers from "./clear-triggers.js";
import durable from "./durable.js";
import enforceable from "./enforceable.js";
import monitoring from "./monitoring.js";
import natoPath from "./nato-path.js";
import noAdversaryVeto from "./no-adversary-veto.js";
import publicRule from "./public.js";
import ratified from "./ratified.js";
import selfDefenseCapacity from "./self-defense-capacity.js";
import tiedToAid from "./tied-to-aid.js";

export const rules: readonly Rule[] = [
  alignedGuarantors,
  backstop,
  bootsOnTheGround,
  boundIndividually,
  burdenSharing,
  capableGuarantors,
  clearTriggers,
  durable,
  enforceable,
  monitoring,
  natoPath,
  noAdversaryVeto,
  publicRule,
  ratified,
  selfDefenseCapacity,
  tiedToAid,
];
