// Everyday English words, the ones copy is shouted in: "FREE SHIPPING", "DON'T MISS OUT",
// "AMAZING". brand/shouting uses them to tell shouting from names and acronyms it does not
// know (NCBI SRA, TÜV SÜD, ELIXIR): a run of capitals is shouting when it is made of words
// like these. Our own list. Pure data: no imports, so the core stays web-safe.
//
// How to edit: lower case, one form per word (plurals and -s/-ed/-ing forms are matched by the
// rule); leave out words that are also common acronyms or names (EAR, IT in tech, US, AIM).

/** Words that, written in capitals, are shouting. */
export const LOUD_WORDS: readonly string[] = `
a about above after again against all almost also always am amazing an and another any anyone anything apply are around as ask at attention available away awesome back bad be because been before being below best better between big biggest bonus book both brand brilliant but buy by call can cannot careful change chance cheap check choose click close come coming congratulations cool could crazy daily day days deal deals dear did different discount do does doing done don't down each early easy end ending enter epic essential even ever every everyone everything exciting exclusive experience experienced expert extra fast final finally find first for free fresh from full fun get gift give go going good got great guaranteed had happy hard has have having he hello help her here hey high highly his hot how huge hurry if immediately important in incredible info instant into is it's its join just keep know last late latest launch learn less let let's like limited little live look love low made make many may me mega more most much must my need never new news next nice no none not nothing notice now of off offer offers official oh ok okay old on once one online only open opportunity or order other our out over own passionate people perfect please plus post price prize quick ready real really register remember required reserved right sale save say see seats sell send shipping shop should show sign so soon special spots start still stop subscribe such super sure take team than thank thanks that the their them then there these they thing things this those time to today together tomorrow too top total true try twice under unique unlimited until up update urgent us very view vip void want was watch way we week weekend welcome well were what when where which while who why will win winner with without won't work world would wow yes yet you your
motivated organised organized reliable flexible dynamic driven hungry energetic enthusiastic skilled talented proven strong excellent outstanding mandatory necessary prohibited purchase note warning reminder announcement breaking hiring wanted needed now immediate immediately start starting asap
`
  .trim()
  .split(/\s+/);
