// The Dutch argument names the SD. functions may use (README "Functies", help.html). Excel shows
// these names from functions.json, which the metadata plugin takes from the TypeScript parameter
// names in src/functions/*.ts; `npm run validate` rejects any parameter name not listed here.
// Add a word here only together with its README and help.html entry.
export const DUTCH_ARGUMENT_NAMES = Object.freeze([
  "totaal",
  "sleutel",
  "deelname",
  "decimalen",
  "gemeente",
  "peiljaar",
  "jaar",
  "loonaandeel",
  "stand",
  "verschil",
  "combinatie",
  "afronding",
  "tarief",
  "van_jaar",
  "naar_jaar",
  "bedrag",
  "gemeenten",
  "begindata",
  "einddata",
  "van",
  "tot",
]);
