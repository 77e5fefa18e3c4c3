// What `guarantee-score init` writes: every field of the format, each with what it means, its
// values (weakest first) and the criterion that reads it. It validates as it stands, and its
// values are the weakest answers (a field that has none is commented out), so a field left
// untouched claims nothing the draft lacks.
// test/cli/init.test.ts checks that no field of the schema is missing here.
export const SCHEMA_LINE = "# yaml-language-server: $schema=";

export const proposalTemplate = (schemaUrl: string, id: string) => `${SCHEMA_LINE}${schemaUrl}
# A new proposal: fill in what the text says, leave the rest at the weakest answer (or delete it:
# a field left out counts as "not stated", which scores the same). Values are listed weakest first.
# \`guarantee-score explain CRITERION\` tells how a criterion scores; \`guarantee-score FILE\` scores this file.
format: 1                        # the format's version; 1 is the only one
id: ${id.padEnd(28)} # a slug (a-z, 0-9, . _ -) that names it in reports; defaults to the file name
title: New proposal              # required: shown at the top of every report
date: 2026-01-01                 # date of this draft or of signature (YYYY-MM-DD)
stage: draft                     # draft | proposed | signed | in-force | lapsed | violated
beneficiary: Ukraine             # required: the state being protected
adversary: Russia                # the state to be deterred
summary: >-                      # free text: what the arrangement is, in a sentence or two
  What the arrangement is, in a sentence or two.
sources:                         # where the facts in this file come from, shown in reports
  - title: The text of the proposal   # required in a source
    # author: Its author
    # date: 2026-01-01
    # url: https://example.org/the-text

guarantors:                      # required, at least one; read by most criteria
  - name: Guarantor A            # required: a state or an alliance
    role: member                 # lead | member | backstop | mediator (ratified weighs guarantors by role)
    stance: neutral              # adversary | neutral | aligned (aligned-guarantors): aligned shares the
                                 #   beneficiary's interest; adversary: the state deterred is itself a guarantor
    ratification: none           # none | signed | executive | ratified (ratified): executive is in force
                                 #   by government act alone, ratified passed a legislative vote
    nuclear: false               # it has nuclear weapons
    power: much-weaker           # its military power set against the adversary's:
                                 #   much-weaker | weaker | comparable | stronger
    reach: none                  # how its forces could reach the beneficiary: none | distant | near | present
    # acts_after: Guarantor B    # bound to act only after this other guarantor has acted
    barred_by_law: false         # true: its own law forbids it to carry out the promise
    changed_since_signing: []    # what has changed in it since it signed: regime | power | alignment

commitment:                      # what the guarantors promise
  form: political-declaration    # political-declaration | memorandum | executive-agreement | treaty
                                 #   | alliance-membership (enforceable)
  obligation: none               # none | respect | consult | assist | defend (enforceable, binding-defense):
                                 #   respect only refrains from attacking; assist is Article 5's "action
                                 #   as it deems necessary"; defend binds it to defend, with force if needed
  triggers: []                   # the red lines that set it off, each in words (clear-triggers); empty = unclear
  names_threat: false            # the text names the state, or the attack, it is meant against
  excludes: []                   # parts of the beneficiary's territory it does not cover
  # response_hours: 72          # how soon the guarantors must act (or convene) after a trigger
  decision: consensus            # who must agree before they act (no-adversary-veto):
                                 #   consensus-with-adversary | consensus | majority | unilateral
  duration_years: 1              # its term (durable); or delete it and set indefinite: true
  indefinite: false              # true: no end date
  withdrawal:
    notice_months: 0             # notice a guarantor must give to leave (durable)
    needs_legislature: false     # leaving needs a legislative act

enforcement:                     # what a violation costs the adversary, written down in advance (enforceable)
  consequences: []               # each written down as:
  #   - kind: sanctions          #   diplomatic | economic | aid-surge | sanctions | military
  #     automatic: true          #   takes effect on a trigger without a further decision
  #     detail: what it is       #   in words
  snapback: false                # sanctions lifted under the deal return automatically on violation

publicity: secret                # secret | partly-secret | public (public)

aid:                             # tied-to-aid
  military:
    committed: false             # military aid is promised
    multi_year: false            # for several years, not year by year
    annual_usd_bn: 0             # its size, in billions of US dollars a year
    specific_items: []           # named systems and numbers, not "support"
    escalates_on_aggression: false   # more aid if the adversary attacks again
  defense_industry: false        # helps build the beneficiary's own defence industry
  economic: false                # a reconstruction or economic-security package

troops: []                       # guarantor forces stationed in the beneficiary (boots-on-the-ground,
                                 #   burden-sharing, nato-troops), each:
                                 #   - nation: France
                                 #     count: 5000
                                 #     role: monitoring | peacekeeping | training | air-defense | tripwire | deterrence
                                 #     location: west of the Dnipro
                                 #     ended_by: who can make it leave: either | adversary | host | both | sender

backstop:                        # support promised from outside to those troops or the beneficiary (backstop)
  # provider: United States     # who provides it
  capabilities: []               # air-power | isr | intelligence | air-defense | logistics | naval | nuclear
  obligation: none               # as commitment.obligation

monitoring:                      # who watches the ceasefire or the arrangement (monitoring)
  # body: OSCE mission          # the body that monitors
  permanent: false               # it stays, rather than for a set period
  tied_to_triggers: false        # its findings set off the enforcement triggers
  ended_by: either               # who can make it leave, as troops' ended_by

beneficiary_forces:              # self-defense-capacity, no-force-cap
  standing_army: 0               # soldiers in the beneficiary's army
  # size_cap: 85000            # a limit the arrangement puts on that army; null: it imposes none

nato: none                       # none | path | member | not-applicable (nato-path, nato-membership):
                                 #   the beneficiary's place in NATO under this arrangement

adversary_forces: 0              # soldiers the adversary can bring against the beneficiary, in or near the theatre

# outcome:                       # only for a historical case: what happened when it was tested; never scored
#   result: failed               # held | failed (docs/proposal-format.md defines them)
#   event: what tested it
#   date: 2014-03-18
#   sources: [{ title: where that is reported }]
`;
