export { Merger, mergeWorkbooks } from "./merger";
export { byFileName, runMergeSession, type MergeSession } from "./session";
export { mergeToJson, type MergeJson } from "./json";
export { buildMergeSheets, MERGE_REPORT_SHEET } from "./sheets";
export { MERGE_CODES, type MergeCode } from "./problems";
export * from "./model";
