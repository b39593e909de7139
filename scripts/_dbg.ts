import { clauseSignals } from "../src/core/reader/stance";
import { foldSameLength } from "../src/core/text/normalize";
const s = process.argv[2];
console.log(clauseSignals(foldSameLength(s), s));
