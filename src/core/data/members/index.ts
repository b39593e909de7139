export { MemberStore, memberColumns, type MemberColumns, type MemberTable } from "./store";
export { readMemberTable, groupRowName } from "./read";
export { attachMemberStore, memberAt, memberStoreOf, membersOf, storeOfMembers } from "./view";
export * from "./codes";
